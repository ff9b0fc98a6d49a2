/**
 * How a <Predict> block words numbers: a time choice ("~1 s", "~300 ms", "约 1 秒") and a
 * measured time ("1.01 s"). Shared by the build-time markup and the browser, which look strings
 * up differently (src/i18n/index.ts at build time, page-strings.ts in the browser): the caller
 * passes its own `t`.
 */
import type { Locale, UiKey } from '../../../i18n';
import { formatMs } from '../../../lab';

export type Translate = (locale: Locale, key: UiKey, values?: Record<string, string | number>) => string;

export function choiceLabel(ms: number, locale: Locale, t: Translate): string {
  if (ms >= 1000) return t(locale, 'predict.aboutSeconds', { value: String(Math.round(ms / 100) / 10) });
  return t(locale, 'predict.aboutMs', { value: String(Math.round(ms)) });
}

export function measuredTime(ms: number, locale: Locale, t: Translate): string {
  return t(locale, 'predict.measuredTime', { time: formatMs(ms, locale) });
}

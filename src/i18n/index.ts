import en from './en.json';
import zh from './zh-CN.json';
import type { Locale } from '../lab';
import { fill } from './fill';

/** Every UI string key; en.json is the source of truth. */
export type UiKey = keyof typeof en;
export type { Locale } from '../lab';
export type UiStrings = Record<UiKey, string>;

export const uiStrings: Record<Locale, UiStrings> = { en, zh: zh satisfies UiStrings };

/** Maps Astro's `currentLocale` ('en' | 'zh-CN' | undefined) to ours. */
export function localeOf(astroLocale: string | undefined): Locale {
  return astroLocale?.startsWith('zh') ? 'zh' : 'en';
}

/**
 * The string for `key` in `locale`, with `{{name}}` placeholders filled from `values`. For the
 * build; scripts in the browser use page-strings.ts, which reads only the page's language.
 * @example t('en', 'console.more', { count: 3 }) // "3 more lines"
 */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(uiStrings[locale][key], values);
}

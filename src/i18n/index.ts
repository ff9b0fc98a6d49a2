import en from './en.json';
import zh from './zh-CN.json';
import type { Locale } from '../lab';

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
 * The string for `key` in `locale`, with `{{name}}` placeholders filled from `values`.
 * @example t('en', 'console.more', { count: 3 }) // "3 more lines"
 */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return uiStrings[locale][key].replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

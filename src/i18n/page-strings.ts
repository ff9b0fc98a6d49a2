/**
 * UI strings in the browser. A page carries the strings of its own language as JSON
 * (PageStrings.astro renders them once per page); this reads them on first use. Importing
 * index.ts instead would bundle both languages into a script every page loads before its `load`
 * event (issue 17: 5.5 KB gzipped, half of it never shown).
 */
import type { Locale, UiKey, UiStrings } from './index';
import { fill } from './fill';

export const pageStringsId = (locale: Locale): string => `al-ui-strings-${locale}`;

const read = new Map<Locale, UiStrings>();

/** The strings of `locale` in `root`; throws when the page does not carry them. */
export function pageStrings(locale: Locale, root?: Pick<Document, 'getElementById'>): UiStrings {
  let strings = read.get(locale);
  if (!strings) {
    const text = (root ?? document).getElementById(pageStringsId(locale))?.textContent;
    if (!text) throw new Error(`this page carries no UI strings for "${locale}" (PageStrings.astro renders them)`);
    strings = JSON.parse(text) as UiStrings;
    read.set(locale, strings);
  }
  return strings;
}

/**
 * The string for `key` in `locale`, with `{{name}}` placeholders filled from `values`: what
 * index.ts's `t` gives at build time.
 */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  return fill(pageStrings(locale)[key], values);
}

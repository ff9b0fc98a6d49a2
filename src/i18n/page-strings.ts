/**
 * UI strings in the browser. A page carries the strings of its own language as JSON
 * (PageStrings.astro renders them once per page); this reads them on first use. Importing
 * index.ts instead would bundle both languages into a script every page loads before its `load`
 * event (issue 17: 5.5 KB gzipped, half of it never shown).
 */
import type { Locale, UiKey, UiStrings } from './index';
import { fill } from './fill';

export const pageStringsId = (locale: Locale): string => `al-ui-strings-${locale}`;

const known = new Map<Locale, UiStrings>();

/** Reads the strings of `locale` from `root`; throws when it does not carry them. */
export function readPageStrings(locale: Locale, root: Pick<Document, 'getElementById'>): UiStrings {
  const text = root.getElementById(pageStringsId(locale))?.textContent;
  if (!text) throw new Error(`this page carries no UI strings for "${locale}" (PageStrings.astro renders them)`);
  return JSON.parse(text) as UiStrings;
}

/**
 * Gives the strings of `locale` without a page: for unit tests of browser code, which run in
 * Node (the Vitest setup in src/i18n/testing/).
 */
export function providePageStrings(locale: Locale, strings: UiStrings): void {
  known.set(locale, strings);
}

/**
 * The string for `key` in `locale`, with `{{name}}` placeholders filled from `values`: what
 * index.ts's `t` gives at build time.
 */
export function t(locale: Locale, key: UiKey, values: Record<string, string | number> = {}): string {
  let strings = known.get(locale);
  if (!strings) known.set(locale, (strings = readPageStrings(locale, document)));
  return fill(strings[key], values);
}

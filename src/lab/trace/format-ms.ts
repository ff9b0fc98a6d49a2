import type { Locale } from '../types';

/** "1.00 s" / "250 ms" — seconds from one second up, as the lessons speak of them. */
export function formatMs(ms: number, lang: Locale = 'en'): string {
  if (Math.abs(ms) >= 1000) return lang === 'en' ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(2)} 秒`;
  return lang === 'en' ? `${Math.round(ms)} ms` : `${Math.round(ms)} 毫秒`;
}

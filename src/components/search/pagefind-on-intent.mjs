// @ts-check
/**
 * A Vite plugin for astro.config.mjs: Starlight's search imports Pagefind's UI (@pagefind/default-ui,
 * 26 KB gzipped) as soon as the page is idle, on every page, although most readers never search:
 * it was a quarter of the bytes a lesson cost before its first result. Starlight's own script
 * (its Search.astro) gets lazy-pagefind-ui.ts instead, a stand-in with the same constructor that
 * imports the real UI on the first sign of a search: the search button hovered, focused or
 * pressed, or Ctrl/Cmd+K. Everything else about Starlight's search stays as it ships.
 */
import { fileURLToPath } from 'node:url';

const standIn = fileURLToPath(new URL('./lazy-pagefind-ui.ts', import.meta.url));

/** @returns {import('vite').Plugin} */
export function pagefindOnIntent() {
  return {
    name: 'async-lab:pagefind-on-intent',
    enforce: 'pre',
    resolveId(source, importer) {
      if (source !== '@pagefind/default-ui' || !importer) return null;
      const fromStarlightSearch = importer.includes('/@astrojs/starlight/') && importer.includes('/Search.astro');
      return fromStarlightSearch ? standIn : null;
    },
  };
}

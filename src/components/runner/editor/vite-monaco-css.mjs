// @ts-check
/**
 * A Vite plugin for astro.config.mjs: Monaco's modules import their own CSS files, and Astro
 * hoists every CSS file reachable from a page's scripts into that page's <head>, dynamic imports
 * included (withastro/astro#9495). That put 28 kB of render-blocking editor CSS on every page,
 * although Monaco itself only loads on intent.
 *
 * So each CSS import inside monaco-editor becomes a tiny JS module that imports the CSS as a
 * string (`?inline`, url()s still resolved by Vite) and adopts it as a constructed stylesheet
 * when Monaco's chunk runs. The CSS then travels inside the lazily loaded editor chunk.
 */

const prefix = '\0monaco-css:';

/** @returns {import('vite').Plugin} */
export function monacoCssOnDemand() {
  return {
    name: 'async-lab:monaco-css-on-demand',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('.css') || !importer.includes('/node_modules/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      // The id must not end in .css, or Vite's CSS pipeline would claim the module.
      return resolved ? `${prefix}${resolved.id}.js` : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      const file = id.slice(prefix.length, -'.js'.length);
      return [
        `import css from ${JSON.stringify(`${file}?inline`)};`,
        `import { adoptEditorCss } from ${JSON.stringify(new URL('./adopt-css.ts', import.meta.url).pathname)};`,
        'adoptEditorCss(css);',
      ].join('\n');
    },
  };
}

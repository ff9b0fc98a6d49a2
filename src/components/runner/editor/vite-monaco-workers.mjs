// @ts-check
/**
 * A Vite plugin for astro.config.mjs: Monaco 0.57's language services (tsMode and the others)
 * create their workers through `internal/common/workers.js`, which also side-effect-imports every
 * editor contribution Monaco has (a superset of `features/register.all`). So the tutorial's own
 * list of features in monaco-setup.ts saved nothing: the TypeScript service alone brought in
 * colour pickers, inlay hints, code lens, sticky scroll, drop-into-editor and the rest, about
 * 130 kB gzipped of main-thread JavaScript to fetch, parse and run before the editor takes focus.
 *
 * The language services' import of that module is sent to the same file with its bare
 * `import '…';` lines removed: what remains is the worker factory they call. Everything else
 * Monaco registers then comes from monaco-setup.ts's feature list and nothing more.
 */
import { readFile } from 'node:fs/promises';

const suffix = '?without-contributions';
const sideEffectImport = /^import '[^']+';\n/gm;

/** @returns {import('vite').Plugin} */
export function monacoWorkersWithoutContributions() {
  return {
    name: 'async-lab:monaco-workers-without-contributions',
    enforce: 'pre',
    async resolveId(source, importer) {
      if (!importer || !source.endsWith('/internal/common/workers.js') || !importer.includes('/node_modules/monaco-editor/')) return null;
      const resolved = await this.resolve(source, importer, { skipSelf: true });
      return resolved ? `${resolved.id}${suffix}` : null;
    },
    async load(id) {
      if (!id.endsWith(suffix)) return null;
      return withoutContributions(await readFile(id.slice(0, -suffix.length), 'utf8'));
    },
  };
}

/**
 * workers.js without its bare imports. A Monaco update that changes the file's shape fails the
 * build here rather than shipping a module without the factory.
 * @param {string} text
 */
export function withoutContributions(text) {
  const lean = text.replace(sideEffectImport, '');
  if (lean === text || !/\bexport \{ createWebWorker \}/.test(lean)) {
    throw new Error('monaco-editor internal/common/workers.js changed shape: review vite-monaco-workers.mjs');
  }
  return lean;
}

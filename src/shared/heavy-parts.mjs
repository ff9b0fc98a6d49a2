// @ts-check
/**
 * The heavy parts: files a reader who only reads and runs never downloads, fetched the first time
 * they edit code. One list, read by the service worker (cached on first use, never precached),
 * the offline status (editing works offline once every part is cached), the heavy-parts e2e spec
 * (an unedited example runs with all of them unreachable) and the benchmark.
 *
 * Each name is how Vite names the part's built file in `_astro/`, followed by `.` or `-` and a hash.
 */
export const heavyPartNames = /** @type {const} */ ([
  'monaco-editor', // the editor's code (src/components/runner/editor/monaco-editor.ts)
  'editor.api', // Monaco's API chunk, imported by it
  'editor.worker', // Monaco's base worker
  'ts.worker', // Monaco's TypeScript worker: type errors and completion
  'esbuild', // esbuild.wasm, the in-browser compiler
  'compiler-worker', // the worker that runs it (src/lab/compile/compiler-worker.ts)
]);

const escaped = heavyPartNames.map((name) => name.replace(/[.]/g, '\\.'));

/**
 * Matches the URL or path of a heavy part's built file, under any base path:
 * `/_astro/esbuild.BaXVPFT2.wasm`, `https://host/async-lab/_astro/ts.worker-DvEKW8Yk.js`.
 */
export const heavyPartPath = new RegExp(`/_astro/(?:${escaped.join('|')})[.-][^/]*$`);

const byName = heavyPartNames.map((name, index) => /** @type {const} */ ([name, new RegExp(`/_astro/${escaped[index]}[.-][^/]*$`)]));

/**
 * Which heavy part a URL or path is the built file of, or undefined.
 * @param {string} url
 */
export function heavyPartName(url) {
  return byName.find(([, pattern]) => pattern.test(url))?.[0];
}

/**
 * True when `urls` (of cached files, say) hold every heavy part.
 * @param {readonly string[]} urls
 */
export function holdsEveryHeavyPart(urls) {
  const held = new Set(urls.map(heavyPartName));
  return heavyPartNames.every((name) => held.has(name));
}

/**
 * The in-browser compiler: esbuild-wasm in a dedicated worker, so compiling never blocks the
 * page. It downloads esbuild.wasm from the site itself when told to `init` (on the reader's
 * first edit), reports download progress, and stays warm for every compile after that.
 */
import * as esbuild from 'esbuild-wasm';
import { compileSnippet } from './compile-snippet';
import type { WorkerSelf } from '../sandbox/worker-self';
import type { FromCompiler, ToCompiler } from './compiler-protocol';

declare const self: WorkerSelf;

const tell = (message: FromCompiler) => self.postMessage(message);
let ready: Promise<void> | undefined;

/** Reads `response` to its end, reporting progress every 256 KB; resolves to the bytes read. */
async function countBytes(response: Response, total: number): Promise<number> {
  const reader = response.body!.getReader();
  let loaded = 0;
  let lastReport = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return loaded;
    loaded += value.byteLength;
    if (loaded - lastReport > 256 * 1024 || loaded === total) {
      lastReport = loaded;
      tell({ kind: 'progress', loaded, total });
    }
  }
}

/**
 * Fetches the wasm and compiles it while it streams in, counting bytes from a clone of the
 * response. The compile must get the ORIGINAL response: Chromium keys its wasm code cache to the
 * response it came from (the HTTP cache, where a return visit finds it), so on a return visit V8
 * reuses the optimized code instead of compiling and tiering up 14 MB again (seconds of CPU).
 * A `new Response()` around a counting stream, as this once did, has no such origin and never
 * hits the cache.
 */
async function load(wasmUrl: string): Promise<void> {
  // Offline, the service worker answers from its copy; `?offline-copy` asks for that copy even
  // when the browser wrongly believes it is online (src/integrations/service-worker.mjs).
  const response = await fetch(wasmUrl).catch(() => fetch(`${wasmUrl}?offline-copy`));
  if (!response.ok || !response.body) throw new Error(`esbuild.wasm answered ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  const counting = countBytes(response.clone(), total);
  // compileStreaming insists on this type; a host that serves .wasm otherwise still works, uncached.
  const streamable = response.headers.get('content-type')?.split(';')[0]?.trim() === 'application/wasm';
  const wasmModule = await (streamable ? WebAssembly.compileStreaming(response) : response.arrayBuffer().then((bytes) => WebAssembly.compile(bytes)));
  const loaded = await counting;
  tell({ kind: 'progress', loaded, total: total || loaded });
  await esbuild.initialize({ wasmModule, worker: false });
  // The first build pays for esbuild's own warm-up; pay it now, not on the reader's first Run.
  await compileSnippet(esbuild, 'export {};');
}

/**
 * Puts esbuild.wasm in the service worker's cache for offline use when it is not there yet: a
 * compiler that started before the service worker controlled the page fetched it past the worker.
 * The bytes come from the HTTP cache (`only-if-cached`: never the network again); without them,
 * the worker stores its own copy on the next visit. Once the copy is there, the service worker
 * leaves the wasm to the browser (src/integrations/service-worker.mjs).
 */
async function keepOfflineCopy(wasmUrl: string, cacheName: string): Promise<void> {
  try {
    // No such cache: no service worker of this site has run, and no copy is wanted.
    if (!('caches' in self) || !(await caches.has(cacheName))) return;
    const cache = await caches.open(cacheName);
    const url = new URL(wasmUrl, self.location.href).href;
    if (await cache.match(url)) return;
    const response = await fetch(url, { cache: 'only-if-cached', mode: 'same-origin' });
    if (response.ok) await cache.put(url, response);
  } catch {
    // Not in the HTTP cache, or no Cache Storage here: the service worker stores it next time.
  }
}

/**
 * Until V8 has compiled esbuild's hot functions with its optimizing tier, a compile takes 10–50 ms
 * instead of 3–8, and the tier-up itself keeps two background threads busy for seconds: measured,
 * the reader's first fifteen or so runs after the compiler loaded were two to five times slower
 * than later ones. Compiling typical snippets right after loading, while the reader is still
 * typing, moves that cost out of their runs. A real compile waits for at most one of these, and
 * the warm-up pauses while the run that follows a real compile is likely still going, so it does
 * not take the CPU from the reader's code (whose clock counts real CPU time).
 */
const warmUpSnippets = [
  `import { sleep, now, http } from "lab";\ninterface User { id: number; name: string }\nclass Store<T> { private items: T[] = []; add(item: T): void { this.items.push(item); } }\nasync function load(id: number): Promise<User> {\n  await sleep(10);\n  const response = await http.get(\`/json?id=\${id}\`);\n  return { id, name: String(response.status) };\n}\nconst store = new Store<User>();\nfor (const id of [1, 2, 3]) store.add(await load(id));\nconst results = await Promise.allSettled([load(4), load(5)]);\nconsole.log(results.map((r) => r.status), now());\nexport default store;\n`,
  `const a: number = ;\n`,
  `import { createClient, runInWorker, blockFor } from "lab";\nconst client = createClient({ limit: 2 });\nconst controller = new AbortController();\nsetTimeout(() => controller.abort(), 100);\ntry { await client.get("/delay/1", { signal: controller.signal }); } catch (error) { console.error(error instanceof Error ? error.message : error); }\nblockFor(5);\nawait runInWorker((n: number) => n * 2, 21);\n`,
];
/**
 * Rounds of the warm-up. On a return visit V8 takes the optimized code from Chromium's wasm code
 * cache, and further rounds only tier up again, on two background threads, the few functions the
 * cache lacks: one round warms the JavaScript around esbuild and spares the reader's machine.
 */
const warmUpRounds = { first: 8, returning: 1 };
const pauseAfterRealCompileMs = 500;
let busyCompiling = 0;
let lastRealCompile = -Infinity;
const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

async function warmUp(rounds: number): Promise<void> {
  for (let round = 0; round < rounds; round++) {
    for (const snippet of warmUpSnippets) {
      // Give waiting messages (a real compile) their turn first.
      await wait(0);
      while (busyCompiling > 0 || performance.now() - lastRealCompile < pauseAfterRealCompileMs) await wait(50);
      await compileSnippet(esbuild, snippet);
    }
  }
  tell({ kind: 'warmed' });
}

self.onmessage = async ({ data }: MessageEvent<ToCompiler>) => {
  if (data.kind === 'init') {
    ready ??= load(data.wasmUrl);
    const { wasmUrl, offlineCache, warmedBefore } = data;
    if (offlineCache) void ready.then(() => keepOfflineCopy(wasmUrl, offlineCache));
    ready.then(
      () => {
        tell({ kind: 'ready' });
        void warmUp(warmedBefore ? warmUpRounds.returning : warmUpRounds.first);
      },
      (error: unknown) => tell({ kind: 'init-failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  busyCompiling++;
  try {
    if (!ready) throw new Error('the compiler was asked to compile before init');
    await ready;
    tell({ kind: 'result', id: data.id, outcome: await compileSnippet(esbuild, data.source) });
  } catch (error) {
    tell({ kind: 'compile-failed', id: data.id, message: error instanceof Error ? error.message : String(error) });
  } finally {
    busyCompiling--;
    lastRealCompile = performance.now();
  }
};

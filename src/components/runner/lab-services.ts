/**
 * The page's single sandbox and single compiler, shared by every runner on the page. This is
 * the one place that knows how Vite ships the compiler worker and esbuild.wasm; nothing here
 * loads until it is used: the compiler on the first edit, the sandbox frame when the page is idle
 * or on the first Run. Saved work lives in saved-work-store.ts (re-exported here).
 */
import CompilerWorker from '../../lab/compile/compiler-worker.ts?worker';
import wasmUrl from 'esbuild-wasm/esbuild.wasm?url';
import { CompilerClient, SandboxHost } from '../../lab';
import { swCaches, withBase } from '../../base-path';
import { whenIdleAfterLoad } from './load-on-intent';
import { runCompleteEvent } from './events';
import { asHeavyLoad } from './heavy-loads';
import { safeLocalStorage } from './saved-work-store';
export { onStorageProblem, savedWork } from './saved-work-store';

export const sandbox = new SandboxHost({
  frameUrl: withBase('/sandbox.html'),
  recorderUrl: withBase('/sandbox-recorder.js'),
  formatterUrl: withBase('/sandbox-format.js'),
});

/**
 * Which esbuild.wasm this browser has warmed up before (its content-hashed URL): a return visit
 * then finds V8's optimized code in the wasm code cache and needs only a short warm-up. A note in
 * localStorage, not saved work: losing it costs a few seconds of background CPU, nothing else.
 */
const warmedKey = 'async-lab:compiler-warmed';
const storage = safeLocalStorage();
const compilerMemory = {
  warmedBefore: () => storage?.getItem(warmedKey) === wasmUrl,
  warmed(): void {
    try {
      storage?.setItem(warmedKey, wasmUrl);
    } catch {
      // A full quota, or storage refused: the next visit warms up in full again.
    }
  },
};

export const compiler = new CompilerClient(() => new CompilerWorker(), wasmUrl, swCaches.onDemand, compilerMemory);

// Where the compiler stands, for tests and the benchmark to wait on: cold, loading, ready, warm
// or failed. Its warm-up keeps a small machine busy for a few seconds after loading.
compiler.subscribe((state) => {
  document.documentElement.dataset.labCompiler = state.kind === 'ready' && state.warm ? 'warm' : state.kind;
});

// The compiler's download and start count as a heavy load (heavy-loads.ts) until it is ready.
let compilerLoaded: (() => void) | undefined;
compiler.subscribe((state) => {
  if (state.kind === 'loading' && !compilerLoaded) void asHeavyLoad(new Promise<void>((resolve) => (compilerLoaded = resolve)), ['compiler-worker', 'esbuild']);
  if (state.kind === 'ready' || state.kind === 'failed') {
    compilerLoaded?.();
    compilerLoaded = undefined;
  }
});

let preparing = false;

/**
 * Prepares the sandbox once the page has nothing better to do, so the first Run is quick. Its
 * console formatter (src/lab/sandbox/format-stand-in.ts) comes on the first sign of interest in a
 * runner (the pointer over one, focus in one), or once a first run is over and the page is idle
 * again: a Run of text-printing code does not need it, and one that does gets it then.
 */
export function prepareSandboxWhenIdle(): void {
  if (preparing) return;
  preparing = true;
  const start = () => void sandbox.prepare();
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 500);
  const events = ['pointerover', 'focusin'] as const;
  const formatter = () => {
    for (const type of events) document.removeEventListener(type, onIntent, true);
    void sandbox.prepareFormatter();
  };
  const onIntent = (event: Event) => {
    if (event.target instanceof Element && event.target.closest('al-runner')) formatter();
  };
  for (const type of events) document.addEventListener(type, onIntent, { capture: true, passive: true });
  document.addEventListener(runCompleteEvent, () => whenIdleAfterLoad(formatter), { once: true });
}

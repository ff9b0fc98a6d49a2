/**
 * The page's single sandbox and single compiler, shared by every runner on the page. This is
 * the one place that knows how Vite ships the compiler worker and esbuild.wasm; nothing here
 * loads until it is used: the compiler on the first edit, the sandbox frame when the page is idle
 * or on the first Run.
 */
import CompilerWorker from '../../lab/compile/compiler-worker.ts?worker';
import wasmUrl from 'esbuild-wasm/esbuild.wasm?url';
import { CompilerClient } from '../../lab/compile/compiler-client';
import { SandboxHost } from '../../lab/sandbox/sandbox-host';
import { SavedWork, type StorageProblem } from './saved-work';

export const sandbox = new SandboxHost({ frameUrl: '/sandbox.html' });

export const compiler = new CompilerClient(() => new CompilerWorker(), wasmUrl);

type ProblemListener = (problem: StorageProblem) => void;
const problemListeners = new Set<ProblemListener>();
const reported = new Set<string>();

/** Hears about unreadable saved work (once per key and kind) so the page can say so. */
export function onStorageProblem(listener: ProblemListener): () => void {
  problemListeners.add(listener);
  return () => problemListeners.delete(listener);
}

function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const savedWork = new SavedWork(safeLocalStorage(), (problem, key) => {
  if (reported.has(`${problem}:${key}`)) return;
  reported.add(`${problem}:${key}`);
  for (const listener of problemListeners) listener(problem);
});

/** Prepares the sandbox once the page has nothing better to do, so the first Run is quick. */
export function prepareSandboxWhenIdle(): void {
  const start = () => void sandbox.prepare();
  if ('requestIdleCallback' in window) requestIdleCallback(start, { timeout: 3000 });
  else setTimeout(start, 500);
}

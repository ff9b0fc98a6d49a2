/** Messages between the page's CompilerClient and the compiler worker. */
import type { CompileOutcome } from '../types';

export type ToCompiler =
  /**
   * `offlineCache`: the service worker's cache for heavy parts, if the site has one.
   * `warmedBefore`: this browser has warmed this very esbuild.wasm up before, so its optimized
   * code most likely comes from the wasm code cache and a short warm-up will do (compiler-worker.ts).
   */
  { kind: 'init'; wasmUrl: string; offlineCache?: string; warmedBefore?: boolean } | { kind: 'compile'; id: number; source: string };

export type FromCompiler =
  | { kind: 'progress'; loaded: number; total: number }
  | { kind: 'ready' }
  /** The warm-up compiles after loading are done (compiler-worker.ts). */
  | { kind: 'warmed' }
  | { kind: 'init-failed'; message: string }
  | { kind: 'result'; id: number; outcome: CompileOutcome }
  | { kind: 'compile-failed'; id: number; message: string };

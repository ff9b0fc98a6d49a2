/**
 * The page's handle on the in-browser compiler. Nothing is downloaded until `warm()` (the
 * reader's first edit) or the first `compile()`; after that the worker stays warm for the page's
 * lifetime. Listeners hear download progress, so the UI can say "Preparing the compiler…
 * 2.1 / 3.7 MB" instead of showing a frozen button.
 */
import type { CompileOutcome } from '../types';
import type { FromCompiler, ToCompiler } from './compiler-protocol';

export type CompilerState =
  | { kind: 'cold' }
  | { kind: 'loading'; loaded: number; total: number }
  /** `warm`: its warm-up compiles are done too, so compiles run at full speed. */
  | { kind: 'ready'; warm: boolean }
  | { kind: 'failed'; message: string };

/** The part of a Worker the client uses; tests pass a fake. */
export interface CompilerWorker {
  postMessage(message: ToCompiler): void;
  onmessage: ((event: MessageEvent<FromCompiler>) => void) | null;
}

export class CompilerClient {
  private worker: CompilerWorker | undefined;
  private current: CompilerState = { kind: 'cold' };
  private readonly listeners = new Set<(state: CompilerState) => void>();
  private readonly pending = new Map<number, { resolve(outcome: CompileOutcome): void; reject(error: Error): void }>();
  private nextId = 1;
  /** Recent compiles by source: running the same code again (another clock, a second look) skips the compiler. */
  private readonly recent = new Map<string, CompileOutcome>();

  constructor(
    private readonly createWorker: () => CompilerWorker,
    private readonly wasmUrl: string,
    /** The service worker's cache for the parts loaded on intent: the compiler keeps esbuild.wasm there too. */
    private readonly offlineCache?: string,
    /** Remembers, across visits, that this compiler was warmed up in this browser (see `warmedBefore` in compiler-protocol.ts). */
    private readonly memory?: { warmedBefore(): boolean; warmed(): void },
  ) {}

  get state(): CompilerState {
    return this.current;
  }

  /** Calls `listener` on every state change; returns a function that unsubscribes. */
  subscribe(listener: (state: CompilerState) => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts loading the compiler now, if it is not loaded or loading yet. */
  warm(): void {
    if (this.worker && this.current.kind !== 'failed') return;
    const worker = this.createWorker();
    this.worker = worker;
    worker.onmessage = ({ data }) => this.receive(data);
    this.set({ kind: 'loading', loaded: 0, total: 0 });
    worker.postMessage({
      kind: 'init',
      wasmUrl: this.wasmUrl,
      ...(this.offlineCache ? { offlineCache: this.offlineCache } : {}),
      ...(this.memory?.warmedBefore() ? { warmedBefore: true } : {}),
    });
  }

  /** Compiles TypeScript; rejects only when the compiler itself cannot work. */
  compile(source: string): Promise<CompileOutcome> {
    const known = this.recent.get(source);
    if (known) return Promise.resolve(known);
    this.warm();
    const id = this.nextId++;
    return new Promise<CompileOutcome>((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.worker!.postMessage({ kind: 'compile', id, source });
    }).then((outcome) => {
      this.recent.set(source, outcome);
      if (this.recent.size > 20) this.recent.delete(this.recent.keys().next().value!);
      return outcome;
    });
  }

  private receive(message: FromCompiler): void {
    switch (message.kind) {
      case 'progress':
        return this.set({ kind: 'loading', loaded: message.loaded, total: message.total });
      case 'ready':
        return this.set({ kind: 'ready', warm: false });
      case 'warmed':
        this.memory?.warmed();
        return this.set({ kind: 'ready', warm: true });
      case 'init-failed':
        this.set({ kind: 'failed', message: message.message });
        for (const [, waiter] of this.pending) waiter.reject(new Error(`The compiler could not load: ${message.message}`));
        this.pending.clear();
        return;
      case 'result':
      case 'compile-failed': {
        const waiter = this.pending.get(message.id);
        this.pending.delete(message.id);
        if (message.kind === 'result') waiter?.resolve(message.outcome);
        else waiter?.reject(new Error(message.message));
      }
    }
  }

  private set(state: CompilerState): void {
    this.current = state;
    for (const listener of this.listeners) listener(state);
  }
}

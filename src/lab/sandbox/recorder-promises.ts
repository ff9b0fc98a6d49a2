/**
 * The recorder's wrappers of the calls that queue microtasks with a callback (recorder.ts):
 * `Promise.prototype.then`/`catch`/`finally` and `queueMicrotask`, plus `Promise.resolve` and
 * `Promise.reject`, whose promises are known settled. A call the instrumented program named
 * (`R.at`, recorder-hints.ts) is recorded as a job; any other goes straight to the original.
 * Every wrapper calls the original with the same receiver and arguments, and keeps the number and
 * order of microtasks: a missing `then` callback is replaced by one that does what the default does.
 */
import type { callHints } from './recorder-hints';
import type { RecorderScope } from './recorder-types';
import type { TraceWriter } from './trace-writer';
import { isObject } from './is-object';

type Callback = (value: unknown) => unknown;

export interface PromiseCallParts {
  hints: ReturnType<typeof callHints>;
  recording(): boolean;
  nextJob(): number;
  /** A job's callback starts: its step begins (timed off the run's clock). */
  timedStep(line: number, job: number, frame: number | undefined): void;
  timedSettled(promise: object): void;
  timedDrop(job: number, derived: object | undefined): void;
  register(job: number, promise: object, line: number): void;
  knownSettled(promise: object): void;
  begin(): number;
  end(start: number): void;
  trace: TraceWriter;
}

export const define = (target: object, name: string | symbol, value: unknown) =>
  Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
const named = <F extends object>(fn: F, name: string): F => Object.defineProperty(fn, 'name', { value: name });

/** Installs the wrappers on `scope`; returns the originals. */
export function wrapPromiseCalls(scope: RecorderScope, parts: PromiseCallParts) {
  const { hints, recording, timedStep, timedSettled, timedDrop, register, knownSettled, begin, end, trace } = parts;
  const { Promise: NativePromise } = scope;
  const proto = NativePromise.prototype;
  const origThen = proto.then;
  const origCatch = proto.catch;
  const origFinally = proto.finally;
  const origResolve = NativePromise.resolve;
  const origReject = NativePromise.reject;
  const origQueueMicrotask = scope.queueMicrotask;

  // then: the callbacks are wrapped so their job can be seen to start; a missing one is replaced
  // by what the default does, so the job count stays the same.
  function then(this: Promise<unknown>, onFulfilled?: unknown, onRejected?: unknown): Promise<unknown> {
    // The last argument given is what `at` was handed.
    const line = hints.take(arguments.length > 1 ? onRejected : onFulfilled);
    if (line === undefined || !recording() || (typeof onFulfilled !== 'function' && typeof onRejected !== 'function')) {
      return origThen.call(this, onFulfilled as Callback, onRejected as Callback);
    }
    return watchedThen(this, line, onFulfilled, onRejected);
  }

  function watchedThen(promise: Promise<unknown>, line: number, onFulfilled: unknown, onRejected: unknown): Promise<unknown> {
    const job = parts.nextJob();
    let derived: Promise<unknown> | undefined;
    const run = (callback: Callback, value: unknown) => {
      timedStep(line, job, undefined);
      let result: unknown;
      try {
        result = callback(value);
      } catch (error) {
        if (derived) timedSettled(derived);
        throw error;
      }
      // A thenable result is adopted later, in jobs of its own: settled time unknown.
      if (derived && !isObject(result)) timedSettled(derived);
      return result;
    };
    const fulfilled =
      typeof onFulfilled === 'function'
        ? (value: unknown) => run(onFulfilled as Callback, value)
        : (value: unknown) => {
            timedDrop(job, derived);
            return value;
          };
    const rejected =
      typeof onRejected === 'function'
        ? (reason: unknown) => run(onRejected as Callback, reason)
        : (reason: unknown) => {
            timedDrop(job, derived);
            throw reason;
          };
    derived = origThen.call(promise, fulfilled, rejected);
    const t = begin();
    register(job, promise, line);
    end(t);
    return derived;
  }

  function catch_(this: Promise<unknown>, onRejected?: unknown): Promise<unknown> {
    const line = hints.take(onRejected);
    if (line === undefined || !recording() || typeof onRejected !== 'function' || (this as object | null)?.constructor !== NativePromise) {
      return origCatch.call(this, onRejected as Callback);
    }
    // What catch does (this.then(undefined, onRejected)), with the default made visible.
    return watchedThen(this, line, undefined, onRejected);
  }

  function finally_(this: Promise<unknown>, onFinally?: unknown): Promise<unknown> {
    const line = hints.take(onFinally);
    if (line === undefined || !recording() || typeof onFinally !== 'function') return origFinally.call(this, onFinally as () => void);
    const job = parts.nextJob();
    const wrapped = () => {
      timedStep(line, job, undefined);
      return (onFinally as () => unknown)();
    };
    const derived = origFinally.call(this, wrapped);
    {
      const t = begin();
      register(job, this, line);
      end(t);
    }
    return derived;
  }

  function resolve(this: unknown, value?: unknown): Promise<unknown> {
    const promise = origResolve.call(this as PromiseConstructor, value);
    if (!isObject(value) || !('then' in value)) knownSettled(promise);
    return promise;
  }
  function reject(this: unknown, reason?: unknown): Promise<unknown> {
    const promise = origReject.call(this as PromiseConstructor, reason);
    knownSettled(promise);
    return promise;
  }

  function queueMicrotask(this: unknown, callback: () => void): void {
    const line = hints.take(callback);
    if (line === undefined || !recording() || typeof callback !== 'function') return origQueueMicrotask.call(this, callback);
    const job = parts.nextJob();
    origQueueMicrotask.call(this, () => {
      timedStep(line, job, undefined);
      callback();
    });
    {
      const t = begin();
      if (recording()) trace.job(job, line, true, undefined, undefined);
      end(t);
    }
  }

  define(proto, 'then', named(then, 'then'));
  define(proto, 'catch', named(catch_, 'catch'));
  define(proto, 'finally', named(finally_, 'finally'));
  define(NativePromise, 'resolve', named(resolve, 'resolve'));
  define(NativePromise, 'reject', named(reject, 'reject'));
  define(scope, 'queueMicrotask', named(queueMicrotask, 'queueMicrotask'));
  return { origThen, origResolve, origReject };
}

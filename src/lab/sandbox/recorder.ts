/**
 * The inspector's recorder: on a recording run (and only then) it watches the run's event loop
 * from inside the sandbox and writes down what the inspector needs (inspector/events.ts).
 *
 * - Microtasks: `Promise.prototype.then`/`catch`/`finally` and `queueMicrotask` are wrapped, and
 *   the compiled program is instrumented (compile/instrument.ts) so that every `await` (and each
 *   turn of a `for await`, recorder-for-await.ts) reports where its function parks, every async
 *   function and async generator its start and end, and every async generator's yield its line.
 * - Timers and lab operations: the scheduler tells the recorder when one is set, fires or is
 *   cleared (SchedulerObserver, recorder-timers.ts).
 * - Everything is written as numbers (trace-writer.ts) and leaves the worker as one transferred
 *   buffer per message (inspector/packed-trace.ts).
 *
 * Recording must not change the run. So every wrapper calls the original with the same receiver
 * and arguments, and keeps the number and order of microtasks: a missing `then` callback is
 * replaced by one that does what the default does (pass the value or the reason on), which is
 * the same one job. To see an await's continuation start, a "spy" reaction is attached to the
 * awaited promise just before the await attaches its own: both enter the queue together, in that
 * order, so the spy runs immediately before the continuation and marks the step. The recorder's
 * own time is forgiven on the run's clock, so recording does not move the end time either.
 *
 * Only calls made by the reader's code are recorded (instrument.ts names each such call's line);
 * the lab library's own promises stay invisible.
 */
import { callerLookup } from './recorder-stacks';
import { seeForAwait, type PromiseParts } from './recorder-for-await';
import { callHints } from './recorder-hints';
import type { Recorder, RecorderApi, RecorderOptions, RecorderScope } from './recorder-types';

export type { Recorder, RecorderApi, RecorderOptions, RecorderScope } from './recorder-types';
import { maxSteps, type StepKind } from '../inspector/events';
import { TraceWriter } from './trace-writer';
import { watchTimers } from './recorder-timers';
import { jobBook } from './recorder-jobs';

type Callback = (value: unknown) => unknown;

export const recorderKey = 'async-lab.recorder';
const topLevelName = '<top level>';

export function createRecorder(scope: RecorderScope, options: RecorderOptions): Recorder {
  const { Promise: NativePromise } = scope;
  const NativeError = options.stackError ?? scope.Error;
  const proto = NativePromise.prototype;
  const origThen = proto.then;
  const origCatch = proto.catch;
  const origFinally = proto.finally;
  const origResolve = NativePromise.resolve;
  const origReject = NativePromise.reject;
  const origQueueMicrotask = scope.queueMicrotask;
  const limit = options.maxSteps ?? maxSteps;

  const trace = new TraceWriter();
  let steps = 0;
  let truncated = false;
  let nextJob = 1;
  let nextFrame = 1;
  let topEntered = false;
  const frameNames = new Map<number, string>();

  const recording = () => !truncated;
  // The recorder's own time is taken off the run's clock: `const t = begin(); …; end(t)` around
  // its bookkeeping (no closure per call: on promise-heavy code these calls are most of its cost).
  const begin = () => options.realNow();
  const end = (start: number) => options.forgive(options.realNow() - start);
  const own = (work: () => void): void => {
    const t = begin();
    try {
      work();
    } finally {
      end(t);
    }
  };

  const { userLine } = callerLookup(NativeError, options.isUserFile, options.mapLine);
  const hints = callHints(recording);
  const { knownSettled, markSettled, register } = jobBook(trace, recording);

  const isObject = (value: unknown): value is object => (typeof value === 'object' && value !== null) || typeof value === 'function';
  const startStep = (kind: StepKind, line: number, job?: number, timer?: number, frame?: number) => {
    hints.clear();
    if (!recording()) return;
    if (steps >= limit) {
      truncated = true;
      return;
    }
    steps++;
    trace.step(kind, line, options.now(), job, timer, frame, options.consoleCount());
  };

  const timerWatch = watchTimers({ trace, recording, own, startStep, userLine: () => userLine(undefined) });

  // The same, timed, for the wrappers' callbacks.
  const timedStep = (line: number, job: number, frame: number | undefined) => {
    const t = begin();
    startStep('microtask', line, job, undefined, frame);
    end(t);
  };
  const timedSettled = (promise: object) => {
    const t = begin();
    markSettled(promise);
    end(t);
  };
  /** A default handler ran (the promise took the other path): its job is dropped, its result settled. */
  const timedDrop = (job: number, derived: object | undefined) => {
    const t = begin();
    if (recording()) trace.drop(job);
    if (derived) markSettled(derived);
    end(t);
  };

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
    const job = nextJob++;
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
    const job = nextJob++;
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
    const job = nextJob++;
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

  const define = (target: object, name: string, value: unknown) =>
    Object.defineProperty(target, name, { value, writable: true, configurable: true, enumerable: false });
  const named = <F extends object>(fn: F, name: string): F => Object.defineProperty(fn, 'name', { value: name });
  define(proto, 'then', named(then, 'then'));
  define(proto, 'catch', named(catch_, 'catch'));
  define(proto, 'finally', named(finally_, 'finally'));
  define(NativePromise, 'resolve', named(resolve, 'resolve'));
  define(NativePromise, 'reject', named(reject, 'reject'));
  define(scope, 'queueMicrotask', named(queueMicrotask, 'queueMicrotask'));

  /** An await at `line` of `frame` (null: an async generator's, 0: the top level's) is about to park on `value`. */
  const parks = (frame: number | null, line: number, value: unknown) => {
    if (frame === 0 && !topEntered) {
      topEntered = true;
      frameNames.set(0, topLevelName);
      trace.enter(0, topLevelName, 1);
    }
    if (frame !== null) trace.park(frame, line);
    const native = value instanceof NativePromise && (value as object).constructor === NativePromise;
    // A foreign thenable is adopted in extra jobs of the engine's own: its continuation
    // cannot be told apart, so it runs unseen within the step that is current.
    if (!native && isObject(value) && typeof (value as { then?: unknown }).then === 'function') return;
    const target = native ? (value as Promise<unknown>) : origResolve.call(NativePromise, undefined);
    // A plain value is awaited as an already resolved promise: the continuation is queued now.
    if (!native) knownSettled(target);
    const job = nextJob++;
    if (frame === null) register(job, target, line);
    else register(job, target, line, frame, frameNames.get(frame) ?? '<anonymous>');
    const spy = () => timedStep(line, job, frame === null ? undefined : frame);
    origThen.call(target, spy, spy);
  };

  const promiseParts: PromiseParts = {
    then: (promise, onFulfilled, onRejected) => origThen.call(promise, onFulfilled, onRejected),
    resolve: (value) => origResolve.call(NativePromise, value),
    reject: (reason) => origReject.call(NativePromise, reason),
  };
  const api: RecorderApi = {
    // Past the step cap nothing is written down any more, and the run's remaining calls must
    // cost next to nothing: a loop of 800,000 awaits (not-faster/await-tax) took 6× as long when
    // every call still measured its own time and kept the function's name.
    enter: (line, name) => {
      if (!recording()) return 0;
      const t = begin();
      const frame = nextFrame++;
      frameNames.set(frame, name);
      trace.enter(frame, name, line);
      end(t);
      return frame;
    },
    exit: (frame) => {
      if (!recording()) return;
      const t = begin();
      frameNames.delete(frame);
      trace.exit(frame);
      end(t);
    },
    at: hints.at,
    aw: (frame, line, value) => {
      if (!recording()) return value;
      const t = begin();
      parks(frame, line, value);
      end(t);
      return value;
    },
    fa: (frame, line, iterable) => (recording() ? seeForAwait(iterable, (promise) => api.aw(frame, line, promise), promiseParts) : iterable),
    yd: (frame, line, value) => {
      if (recording() && frame !== null) {
        const t = begin();
        trace.park(frame, line);
        end(t);
      }
      return value;
    },
  };
  define(scope, Symbol.for(recorderKey) as unknown as string, api);

  return {
    api,
    scheduler: timerWatch.scheduler,
    scriptStarted: () => startStep('script', 1),
    topLevelDone: () => {
      if (topEntered && recording()) trace.exit(0);
    },
    labOperation: timerWatch.labOperation,
    take: () => trace.take(truncated),
  };
}

/**
 * The inspector's recorder: on a recording run (and only then) it watches the run's event loop
 * from inside the sandbox and writes down what the inspector needs (inspector/events.ts).
 *
 * - Microtasks: `Promise.prototype.then`/`catch`/`finally` and `queueMicrotask` are wrapped, and
 *   the compiled program is instrumented (compile/instrument.ts) so that every `await` reports
 *   where its function parks, and every async function its start and end.
 * - Timers and lab operations: the scheduler tells the recorder when one is set, fires or is
 *   cleared (SchedulerObserver).
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
import { callHints } from './recorder-hints';
import type { Recorder, RecorderApi, RecorderOptions, RecorderScope } from './recorder-types';

export type { Recorder, RecorderApi, RecorderOptions, RecorderScope } from './recorder-types';
import { maxSteps, type RecordedEvent, type StepKind } from '../inspector/events';

type Callback = (value: unknown) => unknown;

export const recorderKey = 'async-lab.recorder';

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

  const events: RecordedEvent[] = [];
  let taken = 0;
  let steps = 0;
  let truncated = false;
  let nextJob = 1;
  let nextFrame = 1;
  let topEntered = false;
  /** Promises known to be settled (so reactions on them are queued at once). */
  const settled = new WeakSet<object>();
  /** Jobs waiting on a promise the recorder will see settle. */
  const waiting = new WeakMap<object, number[]>();
  const frameNames = new Map<number, string>();
  const timers = new Map<number, { kind: 'timer' | 'io'; line: number; label?: string }>();
  let pendingLab: { kind: string; label: string } | undefined;

  const recording = () => !truncated;
  const push = (event: RecordedEvent) => {
    if (recording()) events.push(event);
  };
  /** Runs the recorder's bookkeeping and takes its time off the run's clock. */
  const own = <T>(work: () => T): T => {
    const start = options.realNow();
    try {
      return work();
    } finally {
      options.forgive(options.realNow() - start);
    }
  };

  const { userLine } = callerLookup(NativeError, options.isUserFile, options.mapLine);
  const hints = callHints(recording);

  const isObject = (value: unknown): value is object => (typeof value === 'object' && value !== null) || typeof value === 'function';
  const markSettled = (promise: object) => {
    settled.add(promise);
    const jobs = waiting.get(promise);
    if (!jobs) return;
    waiting.delete(promise);
    for (const job of jobs) push({ e: 'enqueue', job });
  };
  /** Registers a job on `promise`; returns whether it is queued already. */
  const register = (job: number, promise: object, line: number, extra: { frame?: number; name?: string } = {}) => {
    const queued = settled.has(promise);
    push({ e: 'job', job, line, queued, ...extra });
    if (!queued) waiting.set(promise, [...(waiting.get(promise) ?? []), job]);
  };

  const startStep = (kind: StepKind, line: number, ids: { job?: number; timer?: number; frame?: number }) => {
    hints.clear();
    if (!recording()) return;
    if (steps >= limit) {
      truncated = true;
      return;
    }
    steps++;
    events.push({ e: 'step', kind, line, at: options.now(), ...ids, console: options.consoleCount() });
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
      own(() => startStep('microtask', line, { job }));
      let result: unknown;
      try {
        result = callback(value);
      } catch (error) {
        if (derived) own(() => markSettled(derived!));
        throw error;
      }
      // A thenable result is adopted later, in jobs of its own: settled time unknown.
      if (derived && !isObject(result)) own(() => markSettled(derived!));
      return result;
    };
    const fulfilled =
      typeof onFulfilled === 'function'
        ? (value: unknown) => run(onFulfilled as Callback, value)
        : (value: unknown) => {
            own(() => push({ e: 'drop', job }));
            if (derived) own(() => markSettled(derived!));
            return value;
          };
    const rejected =
      typeof onRejected === 'function'
        ? (reason: unknown) => run(onRejected as Callback, reason)
        : (reason: unknown) => {
            own(() => push({ e: 'drop', job }));
            if (derived) own(() => markSettled(derived!));
            throw reason;
          };
    derived = origThen.call(promise, fulfilled, rejected);
    own(() => register(job, promise, line));
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
      own(() => startStep('microtask', line, { job }));
      return (onFinally as () => unknown)();
    };
    const derived = origFinally.call(this, wrapped);
    own(() => register(job, this, line));
    return derived;
  }

  function resolve(this: unknown, value?: unknown): Promise<unknown> {
    const promise = origResolve.call(this as PromiseConstructor, value);
    if (!isObject(value) || !('then' in value)) settled.add(promise);
    return promise;
  }
  function reject(this: unknown, reason?: unknown): Promise<unknown> {
    const promise = origReject.call(this as PromiseConstructor, reason);
    settled.add(promise);
    return promise;
  }

  function queueMicrotask(this: unknown, callback: () => void): void {
    const line = hints.take(callback);
    if (line === undefined || !recording() || typeof callback !== 'function') return origQueueMicrotask.call(this, callback);
    const job = nextJob++;
    origQueueMicrotask.call(this, () => {
      own(() => startStep('microtask', line, { job }));
      callback();
    });
    own(() => push({ e: 'job', job, line, queued: true }));
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

  const api: RecorderApi = {
    // Past the step cap nothing is written down any more, and the run's remaining calls must
    // cost next to nothing: a loop of 800,000 awaits (not-faster/await-tax) took 6× as long when
    // every call still measured its own time and kept the function's name.
    enter: (line, name) => {
      if (!recording()) return 0;
      return own(() => {
        const frame = nextFrame++;
        frameNames.set(frame, name);
        push({ e: 'enter', frame, name, line });
        return frame;
      });
    },
    exit: (frame) => {
      if (!recording()) return;
      own(() => {
        frameNames.delete(frame);
        push({ e: 'exit', frame });
      });
    },
    at: hints.at,
    aw: (frame, line, value) => {
      if (!recording()) return value;
      own(() => {
        if (frame === 0 && !topEntered) {
          topEntered = true;
          push({ e: 'enter', frame: 0, name: '<top level>', line: 1 });
        }
        if (frame !== null) push({ e: 'park', frame, line });
        const native = value instanceof NativePromise && (value as object).constructor === NativePromise;
        // A foreign thenable is adopted in extra jobs of the engine's own: its continuation
        // cannot be told apart, so it runs unseen within the step that is current.
        if (!native && isObject(value) && typeof (value as { then?: unknown }).then === 'function') return;
        const target = native ? (value as unknown as Promise<unknown>) : origResolve.call(NativePromise, undefined);
        // A plain value is awaited as an already resolved promise: the continuation is queued now.
        if (!native) settled.add(target);
        const job = nextJob++;
        const extra = frame === null ? {} : { frame, name: frameNames.get(frame) ?? '<anonymous>' };
        register(job, target, line, extra);
        const spy = () => own(() => startStep('microtask', line, { job, ...(frame === null ? {} : { frame }) }));
        origThen.call(target, spy, spy);
      });
      return value;
    },
  };
  define(scope, Symbol.for(recorderKey) as unknown as string, api);

  return {
    api,
    scheduler: {
      timerSet: (id, due, rearmed) =>
        own(() => {
          const known = timers.get(id);
          if (rearmed) {
            if (known) push({ e: 'set', timer: id, kind: known.kind, line: known.line, due, ...(known.label ? { label: known.label } : {}) });
            return;
          }
          // A lab operation names itself just before it sets its timer; anything else is the reader's.
          const lab = pendingLab;
          pendingLab = undefined;
          const kind = lab && lab.kind !== 'sleep' ? 'io' : 'timer';
          const timer = { kind, line: userLine(undefined), ...(lab ? { label: lab.label } : {}) } as const;
          timers.set(id, timer);
          push({ e: 'set', timer: id, ...timer, due });
        }),
      timerFired: (id) =>
        own(() => {
          const timer = timers.get(id);
          if (timer) startStep(timer.kind, timer.line, { timer: id });
        }),
      timerCleared: (id) =>
        own(() => {
          if (timers.has(id)) push({ e: 'clear', timer: id });
        }),
    },
    scriptStarted: () => startStep('script', 1, {}),
    topLevelDone: () => {
      if (topEntered) push({ e: 'exit', frame: 0 });
    },
    labOperation: (kind, label) => {
      if (kind === 'sleep' || kind === 'request' || kind === 'fetchUser') pendingLab = { kind, label };
    },
    take: () => {
      const chunk = events.slice(taken);
      taken = events.length;
      return { events: chunk, truncated };
    },
  };
}

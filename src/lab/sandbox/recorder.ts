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
 * Recording must not change the run: every wrapper calls the original with the same receiver and
 * arguments and keeps the number and order of microtasks (recorder-promises.ts). An await's
 * continuation is seen starting by the instrumented code itself (R.re, or R.rs where a rejection
 * lands, or the function's exit); only where no code of the reader's runs first (a top-level
 * await outside any try, a `for await`'s hidden await) is a "spy" reaction attached to the
 * awaited promise just before the await attaches its own, so that it runs just before the
 * continuation and marks the step. The recorder's own time is forgiven on the run's clock, so
 * recording does not move the end time either.
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
import { define, wrapPromiseCalls } from './recorder-promises';
import { watchTimers } from './recorder-timers';
import { jobBook } from './recorder-jobs';
import { isObject } from './is-object';

export const recorderKey = 'async-lab.recorder';
const topLevelName = '<top level>';

export function createRecorder(scope: RecorderScope, options: RecorderOptions): Recorder {
  const { Promise: NativePromise } = scope;
  const NativeError = options.stackError ?? scope.Error;
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

  const { origThen, origResolve, origReject } = wrapPromiseCalls(scope, {
    hints,
    recording,
    nextJob: () => nextJob++,
    timedStep,
    timedSettled,
    timedDrop,
    register,
    knownSettled,
    begin,
    end,
    trace,
  });

  /**
   * Resumptions the instrumented code will report itself (R.re, or R.rs in a catch or finally,
   * or R.exit): the job each parked frame waits for. A frame waits at one await at a time.
   */
  const awaitingResume = new Map<number, { job: number; line: number }>();
  const resumed = (frame: number) => {
    const pending = awaitingResume.get(frame);
    if (!pending) return;
    awaitingResume.delete(frame);
    startStep('microtask', pending.line, pending.job, undefined, frame);
  };

  /**
   * An await is about to park `frame` on `value`. Its continuation is seen starting either by a
   * spy (`spy`: a reaction attached just before the await's own, so it runs just before it: one
   * more job and promise per await, the largest part of recording's cost) or, for the awaits
   * instrument.ts wraps, by the code that runs first when the function resumes (`resumed`).
   */
  const parks = (frame: number, line: number, value: unknown, spy: boolean) => {
    if (frame === 0 && !topEntered) {
      topEntered = true;
      frameNames.set(0, topLevelName);
      trace.enter(0, topLevelName, 1);
    }
    trace.park(frame, line);
    const native = value instanceof NativePromise && (value as object).constructor === NativePromise;
    // A foreign thenable is adopted in extra jobs of the engine's own: its continuation
    // cannot be told apart, so it runs unseen within the step that is current.
    if (!native && isObject(value) && typeof (value as { then?: unknown }).then === 'function') return;
    const target = native ? (value as Promise<unknown>) : origResolve.call(NativePromise, undefined);
    // A plain value is awaited as an already resolved promise: the continuation is queued now.
    if (!native) knownSettled(target);
    const job = nextJob++;
    register(job, target, line, frame, frameNames.get(frame) ?? '<anonymous>');
    if (!spy) {
      awaitingResume.set(frame, { job, line });
      return;
    }
    const spyStep = () => timedStep(line, job, frame);
    origThen.call(target, spyStep, spyStep);
  };

  const promiseParts: PromiseParts = {
    then: (promise, onFulfilled, onRejected) => origThen.call(promise, onFulfilled, onRejected),
    resolve: (value) => origResolve.call(NativePromise, value),
    reject: (reason) => origReject.call(NativePromise, reason),
  };
  /** An await parks (timed off the run's clock); `spy` as in `parks`. */
  const awaits = <T>(frame: number, line: number, value: T, spy: boolean): T => {
    if (!recording()) return value;
    const t = begin();
    parks(frame, line, value, spy);
    end(t);
    return value;
  };
  /** The instrumented code reports that `frame` runs again (R.re, R.rs). */
  const reported = (frame: number) => {
    if (!recording() || awaitingResume.size === 0) return;
    const t = begin();
    resumed(frame);
    end(t);
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
      // Resumed by a rejection that nothing in the function caught: it ends in this step.
      resumed(frame);
      frameNames.delete(frame);
      trace.exit(frame);
      end(t);
    },
    at: hints.at,
    aw: (frame, line, value) => awaits(frame, line, value, false),
    re: (frame, value) => {
      reported(frame);
      return value;
    },
    rs: reported,
    sp: (frame, line, value) => awaits(frame, line, value, true),
    // A for await's hidden await has no code of the reader's right after it: spied on.
    fa: (frame, line, iterable) => (recording() ? seeForAwait(iterable, (promise) => awaits(frame, line, promise, true), promiseParts) : iterable),
    yd: (frame, line, value) => {
      if (recording()) {
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

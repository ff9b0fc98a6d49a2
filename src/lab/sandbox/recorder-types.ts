/** The shapes the inspector's recorder (recorder.ts) takes and gives. */
import type { SchedulerObserver } from '../clock/scheduler';
import type { PackedTrace } from '../inspector/packed-trace';

/** The globals the recorder wraps; taken from the run's global scope before user code runs. */
export interface RecorderScope {
  Promise: PromiseConstructor;
  queueMicrotask: (callback: () => void) => void;
  Error: ErrorConstructor;
}

export interface RecorderOptions {
  /** True for the file name (URL) of the reader's module in stack frames. */
  isUserFile(fileName: string): boolean;
  /** The reader's TypeScript line for a line and column of the running JavaScript. */
  mapLine(line: number, column: number): number;
  /** The run's clock, in ms. */
  now(): number;
  realNow(): number;
  /** Takes the recorder's own time off the run's clock. */
  forgive(ms: number): void;
  /** Console lines printed so far. */
  consoleCount(): number;
  maxSteps?: number;
  /**
   * The Error whose V8 hooks read stacks (default: the scope's). Node consults the calling
   * realm's, which for the unit tests' vm context is the test's own.
   */
  stackError?: ErrorConstructor;
}

/** The object instrumented code calls, under `globalThis[Symbol.for(recorderKey)]`. */
export interface RecorderApi {
  enter(line: number, name: string): number;
  exit(frame: number): void;
  /** An await on `line` is about to park `frame` (0: the top level) on `value`; returns it. Its resumption is reported by re, rs or exit. */
  aw<T>(frame: number, line: number, value: T): T;
  /** The same, for an await whose resumption nothing reports: a spy reaction watches the promise. */
  sp<T>(frame: number, line: number, value: T): T;
  /** The await of `frame` has resumed with `value` (first thing its continuation does); returns it. */
  re<T>(frame: number, value: T): T;
  /** A catch or finally block of `frame` starts: if the frame was parked, a rejection resumed it. */
  rs(frame: number): void;
  /** The iterable of a `for await` on `line`: returned as an iterable whose next() promises are seen (recorder-for-await.ts). */
  fa(frame: number, line: number, iterable: unknown): unknown;
  /** An async generator yields on `line` (and parks there); returns `value`. */
  yd<T>(frame: number, line: number, value: T): T;
  /**
   * The line of the then/catch/finally/queueMicrotask call `value` is the last argument of, just
   * before the call; returns `value`.
   */
  at<T>(line: number, value: T): T;
}

export interface Recorder {
  readonly api: RecorderApi;
  readonly scheduler: SchedulerObserver;
  /** The module starts: step 1. */
  scriptStarted(): void;
  /** The module's top level has finished. */
  topLevelDone(): void;
  /**
   * A lab operation started (a span's kind and label, e.g. 'request', 'GET /json'); sleeps,
   * requests and fetchUser set their timer right after.
   */
  labOperation(kind: string, label: string): void;
  /** Events recorded since the last call, packed to be transferred to the page. */
  take(): PackedTrace;
}

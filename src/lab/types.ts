/**
 * The data that flows through Async Lab: source → compile → sandboxed run → RunRecord → checks.
 * Everything here is plain, structured-clonable data: it crosses postMessage between the page,
 * the sandbox frame and the run's worker, and check.ts files receive it as is.
 */
import type { InspectorTrace } from './inspector/events';

/** The site's two languages: what a Verdict carries and the UI speaks (src/i18n re-exports it). */
export type Locale = 'en' | 'zh';

/** Which clock a run uses: `instant` skips idle waiting, `real` waits for real. */
export type ClockMode = 'instant' | 'real';

/** How a run ended, as the runner contract's `data-run-status` shows it. */
export type RunStatus = 'ok' | 'error' | 'timeout' | 'stopped';

/** Which limit stopped a `timeout` run. */
export type TimeoutReason = 'blocked' | 'wall' | 'virtual';

export type ConsoleLevel = 'log' | 'info' | 'warn' | 'error';

/** One console call, with its arguments joined the way Node prints them. */
export interface ConsoleEntry {
  level: ConsoleLevel;
  text: string;
  /** When it was printed, in ms on the run's clock. */
  at: number;
  /** The loop's turn it was printed in (Scheduler.turn): 0 is the module's synchronous code. */
  turn?: number;
}

/**
 * What a span can measure, in the order the timeline's legend lists them. `blocked` spans are
 * stretches where the loop ran code for > 10 ms.
 */
export const spanKinds = ['sleep', 'request', 'fetchUser', 'blockFor', 'worker', 'blocked'] as const;

/** What a span measured. */
export type SpanKind = (typeof spanKinds)[number];

/** How the operation behind a span ended. */
export type SpanOutcome = 'ok' | 'error' | 'aborted' | 'pending';

/** One operation on the timeline, in ms on the run's clock. */
export interface Span {
  id: number;
  label: string;
  kind: SpanKind;
  start: number;
  end: number;
  outcome: SpanOutcome;
  /** For a request that waited for a free connection: when it asked for one. */
  queuedAt?: number;
  /** The loop's turns it started and ended in (Scheduler.turn), to tell "because of" from "just after". */
  startTurn?: number;
  endTurn?: number;
  /** For a worker job: what it returned, printed (so a check can compare it with its own answer). */
  value?: string;
}

/** A position in the reader's TypeScript (1-based line and column). */
export interface SourcePosition {
  line: number;
  column: number;
}

/** A thrown error, described as plain data, with positions mapped to the TypeScript source. */
export interface ErrorInfo {
  name: string;
  message: string;
  /** The error as Node would print it: "Error: boom\n    at main (main.ts:3:9)". */
  text: string;
  /** Where it was thrown in the reader's code, when that could be found. */
  position?: SourcePosition;
}

/** A compile diagnostic from esbuild, in TypeScript positions. */
export interface Diagnostic {
  message: string;
  line: number;
  column: number;
  /** The source line the diagnostic points at, for the message. */
  lineText: string;
}

/** Limits a run must stay within; all are configurable per run. */
export interface RunLimits {
  /** Kill the run when its loop stays blocked this long (the heartbeat stops). */
  blockedMs: number;
  /** Stop the run after this much wall-clock time. */
  wallMs: number;
  /** Stop the run when its clock passes this (virtual ms). */
  virtualMs: number;
  /** Console entries kept in the record; later ones are only counted. */
  consoleEntries: number;
  /** Spans kept in the record; later ones are only counted. */
  spans: number;
}

export const defaultLimits: RunLimits = {
  blockedMs: 3_000,
  wallMs: 15_000,
  virtualMs: 10 * 60_000,
  consoleEntries: 2_000,
  spans: 5_000,
};

/** The compiled module and its source map (JSON text): what the sandbox runs. */
export interface CompiledProgram {
  code: string;
  map: string;
}

/** What compiling a snippet gives: the program, or esbuild's diagnostics in TypeScript positions. */
export type CompileOutcome = { kind: 'compiled'; program: CompiledProgram } | { kind: 'compile-error'; diagnostics: Diagnostic[] };

/** The complete result of one run: what checks receive and what the UI draws. */
export interface RunRecord {
  status: RunStatus;
  /** Set when status is `timeout`. */
  timeoutReason?: TimeoutReason;
  clock: ClockMode;
  console: ConsoleEntry[];
  /** Console calls past `limits.consoleEntries`, counted but not kept. */
  droppedConsole: number;
  /** The module's default export, structured-cloned (or its printed form when it cannot be). */
  result?: unknown;
  /** The default export printed the way Node prints it. */
  resultText?: string;
  error?: ErrorInfo;
  /** Elapsed on the run's clock, from the first line of user code to the end of the run. */
  virtualMs: number;
  /** Elapsed on the wall clock over the same stretch. */
  realMs: number;
  spans: Span[];
  droppedSpans: number;
  /** Built-ins the code replaced (performance.now, Date...), as the sandbox found them at the end. */
  patched?: string[];
  /** On a recording run (Step through): what the inspector replays. */
  inspector?: InspectorTrace;
}

/** One line of an exercise's checklist, in both languages. */
export interface Verdict {
  pass: boolean;
  en: string;
  zh: string;
}

/** A single check: looks at a run and says whether one expectation held. */
export type Check = (run: RunRecord) => Verdict;

/** A run's record so far, while it goes on: what the output panel streams. */
export type PartialRun = Pick<RunRecord, 'console' | 'spans' | 'droppedConsole' | 'virtualMs' | 'realMs' | 'clock' | 'inspector'>;

/** How to start a run. */
export interface RunOptions {
  clock: ClockMode;
  limits?: Partial<RunLimits>;
  /** Record the loop for the inspector (the program must be instrumented for it). */
  record?: boolean;
  /** Called with the record so far, about every 100 ms while the run goes on. */
  onProgress?: (partial: PartialRun) => void;
}

/** A run that has been started. */
export interface RunHandle {
  /** Settles with the finished record; never rejects. */
  record: Promise<RunRecord>;
  /** Kills the run at once; the record then has status `stopped`. */
  stop(): void;
}

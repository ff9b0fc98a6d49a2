/**
 * What the page, the sandbox frame and the run's worker say to each other. Every message is a
 * plain object with a `kind`, because it crosses postMessage: a structured clone keeps data, not a
 * class's prototype or methods.
 *
 * The frame boots a spare worker ahead of time and hands the page a MessagePort to it, so a run
 * goes straight from the page to its worker, one hop instead of two through the frame:
 *
 *   frame ──adopt (+ port A)──▶ worker          frame ──spare (+ port B)──▶ page
 *   page ──claim/kill/want-spare──▶ frame       (only the frame can terminate a worker)
 *   page ──start──▶ worker, over the port
 *   page ◀── started/console/progress/done ── worker, over the port
 */
import type { ClockMode, CompiledProgram, ConsoleEntry, ErrorInfo, RunLimits, RunStatus, Span, TimeoutReason } from '../types';
import type { PackedTrace } from '../inspector/packed-trace';

/** Everything a worker needs to run one program. */
export interface RunStart {
  program: CompiledProgram;
  clock: ClockMode;
  limits: RunLimits;
  /** Record the loop for the inspector (the program was instrumented for it). */
  record?: boolean;
  /**
   * On a recording run: the recorder's script, which is not in the sandbox document
   * (recorder-module.ts), unless the worker was prepared with it.
   */
  recorderScript?: string;
  /** The formatter's script, unless the worker was prepared with it (format-stand-in.ts). */
  formatterScript?: string;
}

export type PageToFrame =
  /** The page has started a run on spare `workerId`: from now on `runId` names that worker. */
  | { kind: 'claim'; runId: number; workerId: number }
  | { kind: 'kill'; runId: number }
  /** The page has a run to start and no spare: boot one now (two runners running at once). */
  | { kind: 'want-spare' };

export type FrameToPage =
  | { kind: 'frame-ready' }
  /** Comes with the MessagePort to a booted worker that waits for a `start`. */
  | { kind: 'spare'; workerId: number }
  | { kind: 'worker-failed'; workerId: number; message: string };

/** Sent by the frame to a new worker with its end of the page's port. */
export type FrameToWorker = { kind: 'adopt' };

/**
 * Sent by the page over the port: the formatter's and the recorder's scripts as soon as the page
 * has them (the worker installs and warms them while it waits), then the one run this worker will do.
 */
export type PageToWorker = { kind: 'prepare'; formatterScript?: string; recorderScript?: string } | { kind: 'start'; start: RunStart };

export interface Progress {
  spans: Span[];
  droppedConsole: number;
  virtualMs: number;
  realMs: number;
  /** On a recording run: what the recorder saw since the last message (its buffer is transferred). */
  inspector?: PackedTrace;
}

/** The end of a run as the worker saw it; the page turns it into a RunRecord. */
export interface RunEnd extends Progress {
  status: Exclude<RunStatus, 'stopped'>;
  timeoutReason?: TimeoutReason;
  error?: ErrorInfo;
  result?: unknown;
  resultText?: string;
  droppedSpans: number;
  patched?: string[];
}

export type WorkerToPage =
  | { kind: 'started' }
  /** The run needs the formatter, which this worker has not got: the page runs it again in one that has. */
  | { kind: 'needs-formatter' }
  /** Console calls, sent as they happen (batched when they come by the thousand). */
  | { kind: 'console'; entries: ConsoleEntry[] }
  /** Sent about every 100 ms of real time: a heartbeat that carries what happened since. */
  | ({ kind: 'progress' } & Progress)
  | ({ kind: 'done' } & RunEnd);

/**
 * What the page, the sandbox frame and the run's worker say to each other. Every message is a
 * plain object with a `kind`, because it crosses postMessage (STYLE.md: never class instances).
 *
 *   page ──run/kill──▶ frame ──start (+ port)──▶ worker
 *   page ◀──────────── progress/started/done over the port ─── worker
 */
import type { ClockMode, ConsoleEntry, ErrorInfo, RunLimits, RunStatus, Span, TimeoutReason } from '../types';
import type { CompiledProgram } from '../compile/compile-snippet';

/** Everything a worker needs to run one program. */
export interface RunStart {
  program: CompiledProgram;
  clock: ClockMode;
  limits: RunLimits;
}

export type PageToFrame =
  | { kind: 'run'; runId: number; start: RunStart }
  | { kind: 'kill'; runId: number };

export type FrameToPage =
  | { kind: 'frame-ready' }
  | { kind: 'worker-failed'; runId: number; message: string };

/** Sent by the frame to the worker with the run's MessagePort. */
export type FrameToWorker = { kind: 'start'; start: RunStart };

export interface Progress {
  spans: Span[];
  droppedConsole: number;
  virtualMs: number;
  realMs: number;
}

/** The end of a run as the worker saw it; the page turns it into a RunRecord. */
export interface RunEnd extends Progress {
  status: Exclude<RunStatus, 'stopped'>;
  timeoutReason?: TimeoutReason;
  error?: ErrorInfo;
  result?: unknown;
  resultText?: string;
  droppedSpans: number;
}

export type WorkerToPage =
  | { kind: 'started' }
  /** Console calls, sent as they happen (batched when they come by the thousand). */
  | { kind: 'console'; entries: ConsoleEntry[] }
  /** Sent about every 100 ms of real time: a heartbeat that carries what happened since. */
  | ({ kind: 'progress' } & Progress)
  | ({ kind: 'done' } & RunEnd);

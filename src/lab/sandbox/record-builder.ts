/**
 * Assembles a RunRecord on the page from what the run's worker streams: progress while it
 * runs, then either its own `done` or, when the page had to kill it, what was heard so far.
 * That way a run killed for looping still shows the output and spans it produced before.
 */
import type { ClockMode, ConsoleEntry, PartialRun, RunLimits, RunRecord, RunStatus, Span, TimeoutReason } from '../types';
import type { Progress, RunEnd } from './messages';
import { unpackTrace } from '../inspector/packed-trace';
import type { InspectorTrace } from '../inspector/events';

/** What the UI can show while a run is still going. */
export class RecordBuilder {
  private readonly console: ConsoleEntry[] = [];
  private spans: Span[] = [];
  private droppedConsole = 0;
  private virtualMs = 0;
  private realMs = 0;
  private hasStarted = false;
  private inspector: InspectorTrace | undefined;
  /** A chunk of the trace did not fit: the trace is left out, and the inspector says so. */
  private inspectorBroken = false;

  constructor(
    private readonly clock: ClockMode,
    private readonly limits: RunLimits,
  ) {}

  started(): void {
    this.hasStarted = true;
  }

  consoleEntry(entry: ConsoleEntry): void {
    if (this.console.length < this.limits.consoleEntries) this.console.push(entry);
    else this.droppedConsole++;
  }

  progress({ spans, droppedConsole, virtualMs, realMs, inspector }: Progress): void {
    if (inspector && !this.inspectorBroken) {
      const chunk = unpackTrace(inspector);
      if (!chunk) this.inspectorBroken = true;
      else {
        this.inspector ??= { events: [], truncated: false };
        for (const event of chunk.events) this.inspector.events.push(event);
        this.inspector.truncated ||= chunk.truncated;
      }
    }
    this.droppedConsole = Math.max(this.droppedConsole, droppedConsole);
    this.spans.push(...spans);
    this.virtualMs = Math.max(this.virtualMs, virtualMs);
    this.realMs = Math.max(this.realMs, realMs);
  }

  snapshot(): PartialRun {
    return {
      ...(this.inspector && !this.inspectorBroken ? { inspector: this.inspector } : {}),
      clock: this.clock,
      console: [...this.console],
      spans: [...this.spans],
      droppedConsole: this.droppedConsole,
      virtualMs: this.virtualMs,
      realMs: this.realMs,
    };
  }

  /** The worker finished the run itself. */
  done(end: RunEnd): RunRecord {
    this.progress({ ...end, spans: [] });
    this.spans = end.spans;
    const { status, timeoutReason, error, result, resultText, droppedSpans, patched } = end;
    return {
      ...this.snapshot(),
      status,
      droppedSpans,
      ...(timeoutReason ? { timeoutReason } : {}),
      ...(error ? { error } : {}),
      ...(result !== undefined ? { result } : {}),
      ...(resultText !== undefined ? { resultText } : {}),
      ...(patched && patched.length > 0 ? { patched } : {}),
    };
  }

  /**
   * The page killed the run. Time kept passing since the worker was last heard from (its loop
   * was blocked, so virtual time moved with real time): both clocks are advanced by that gap.
   */
  killed(status: Exclude<RunStatus, 'ok' | 'error'>, sinceLastHeard: number, reason?: TimeoutReason): RunRecord {
    const gap = this.hasStarted ? sinceLastHeard : 0;
    return {
      ...this.snapshot(),
      virtualMs: this.virtualMs + gap,
      realMs: this.realMs + gap,
      status,
      droppedSpans: 0,
      ...(reason ? { timeoutReason: reason } : {}),
    };
  }

  /** The worker could not run at all (it failed to start or crashed). */
  failed(message: string): RunRecord {
    const text = `The sandbox could not run this code: ${message}`;
    return {
      ...this.snapshot(),
      status: 'error',
      droppedSpans: 0,
      error: { name: 'SandboxError', message, text },
      console: [...this.console, { level: 'error', text, at: this.virtualMs }],
    };
  }
}

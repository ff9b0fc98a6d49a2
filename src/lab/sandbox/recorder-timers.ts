/**
 * The recorder's side of timers and lab operations (recorder.ts): the scheduler says when one is
 * set, re-armed, fired or cleared; a lab operation names itself just before it sets its timer.
 */
import type { SchedulerObserver } from '../clock/scheduler';
import type { StepKind } from '../inspector/events';
import type { TraceWriter } from './trace-writer';

interface TimerWatchParts {
  trace: TraceWriter;
  recording(): boolean;
  /** Runs the recorder's bookkeeping off the run's clock. */
  own(work: () => void): void;
  startStep(kind: StepKind, line: number, job?: number, timer?: number): void;
  /** The reader's line that is calling now (0 when none). */
  userLine(): number;
}

export function watchTimers({ trace, recording, own, startStep, userLine }: TimerWatchParts) {
  const timers = new Map<number, { kind: 'timer' | 'io'; line: number; label?: string }>();
  let pendingLab: { kind: string; label: string } | undefined;
  const scheduler: SchedulerObserver = {
    timerSet: (id, due, rearmed) =>
      own(() => {
        const known = timers.get(id);
        if (rearmed) {
          if (known && recording()) trace.set(id, known.kind, known.line, due, known.label);
          return;
        }
        // A lab operation names itself just before it sets its timer; anything else is the reader's.
        const lab = pendingLab;
        pendingLab = undefined;
        const kind = lab && lab.kind !== 'sleep' ? 'io' : 'timer';
        const timer = { kind, line: userLine(), ...(lab ? { label: lab.label } : {}) } as const;
        timers.set(id, timer);
        if (recording()) trace.set(id, timer.kind, timer.line, due, timer.label);
      }),
    timerFired: (id) =>
      own(() => {
        const timer = timers.get(id);
        if (timer) startStep(timer.kind, timer.line, undefined, id);
      }),
    timerCleared: (id) =>
      own(() => {
        if (timers.has(id) && recording()) trace.clear(id);
      }),
  };
  return {
    scheduler,
    labOperation: (kind: string, label: string) => {
      if (kind === 'sleep' || kind === 'request' || kind === 'fetchUser') pendingLab = { kind, label };
    },
  };
}

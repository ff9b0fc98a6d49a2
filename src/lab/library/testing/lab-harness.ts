/**
 * The lab library in Node, for its unit tests: createLab on the same VirtualClock and Scheduler
 * the sandbox uses, with real time frozen (so every time a test reads is exact) and Node's
 * setImmediate as the macrotask primitive, as in the clock's own harness.
 */
import { setImmediate } from 'node:timers';
import type { Span } from '../../types';
import { Scheduler } from '../../clock/scheduler';
import { VirtualClock } from '../../clock/virtual-clock';
import { SpanRecorder } from '../../trace/span-recorder';
import { createLab, type Lab } from '../create-lab';
import type { JobWorker } from '../run-in-worker';

export interface LabRun {
  lab: Lab;
  clock: VirtualClock;
  scheduler: Scheduler;
  /** Resolves when nothing is left to run, with the spans recorded and the errors thrown. */
  idle: Promise<{ spans: Span[]; errors: unknown[]; at: number }>;
}

export function startLab({ spawnWorker }: { spawnWorker?: () => JobWorker } = {}): LabRun {
  const clock = new VirtualClock({ mode: 'instant', realTime: () => 0 });
  const spans = new SpanRecorder(() => clock.now(), 1000);
  const errors: unknown[] = [];
  let settle!: (value: { spans: Span[]; errors: unknown[]; at: number }) => void;
  const idle = new Promise<{ spans: Span[]; errors: unknown[]; at: number }>((resolve) => (settle = resolve));
  const scheduler = new Scheduler(clock, {
    postTask: (task) => setImmediate(task),
    realSetTimeout: (callback, ms) => setTimeout(callback, ms),
    realClearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
    // The recorder's arrays have no prototype (primordials.ts): copy into a plain one for tests.
    onIdle: () => settle({ spans: Array.from(spans.all().spans), errors, at: clock.now() }),
    onError: (error) => errors.push(error),
    onBlocked: (start, end) => spans.add('blocked', 'loop blocked', start, end),
    onVirtualLimit: () => scheduler.stop(),
  });
  const lab = createLab({
    scheduler,
    now: () => clock.now(),
    forgive: (ms) => clock.forgive(ms),
    realNow: () => performance.now(),
    spans,
    spawnWorker:
      spawnWorker ??
      (() => {
        throw new Error('this test starts no worker');
      }),
  });
  clock.restart();
  scheduler.enter();
  return { lab, clock, scheduler, idle };
}

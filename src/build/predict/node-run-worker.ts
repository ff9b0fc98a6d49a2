/**
 * The body of a Node worker thread that runs one compiled example at build time, so a
 * <Predict> block can be checked against what its example really does. It assembles the same
 * parts as the sandbox's worker (src/lab/sandbox/boot.ts): the virtual clock in instant mode,
 * the scheduler, the captured console, the span recorder and the `lab` library. Only the
 * plumbing differs: Node's setImmediate stands in for the MessageChannel tick, and the module is
 * imported from a data: URL instead of a blob. A worker thread has its own globals, so patching
 * setTimeout here cannot disturb the build around it.
 */
import { parentPort, workerData } from 'node:worker_threads';
import { setImmediate, setTimeout as realSetTimeout, clearTimeout as realClearTimeout } from 'node:timers';
import type { ErrorInfo, RunRecord } from '../../lab/types';
import { defaultLimits } from '../../lab/types';
import { VirtualClock } from '../../lab/clock/virtual-clock';
import { Scheduler } from '../../lab/clock/scheduler';
import { installClock, type TimeGlobals } from '../../lab/clock/install';
import { createLab } from '../../lab/library/create-lab';
import { SpanRecorder } from '../../lab/trace/span-recorder';
import { labGlobalKey, labStartKey } from '../../lab/library/exports';
import { ConsoleCapture } from '../../lab/sandbox/console-capture';

const { code } = workerData as { code: string };
const realNow = performance.now.bind(performance);
const clock = new VirtualClock({ mode: 'instant', realTime: realNow });
const spans = new SpanRecorder(() => clock.now(), defaultLimits.spans);
const printed: RunRecord['console'] = [];
const capture = new ConsoleCapture({ now: () => clock.now(), limit: defaultLimits.consoleEntries, emit: (entry) => printed.push(entry) });
let topLevelDone = false;
let finished = false;

function finish(status: RunRecord['status'], error?: ErrorInfo, elapsed = { virtualMs: clock.now(), realMs: clock.realElapsed() }): void {
  if (finished) return;
  finished = true;
  scheduler.stop();
  const { spans: all, dropped } = spans.all();
  const record: RunRecord = {
    status,
    clock: 'instant',
    console: printed,
    droppedConsole: capture.dropped,
    ...elapsed,
    spans: all,
    droppedSpans: dropped,
    ...(error ? { error } : {}),
  };
  parentPort?.postMessage(record);
}

function fail(error: unknown, prefix: string): void {
  const name = error instanceof Error ? error.name : 'Error';
  const message = error instanceof Error ? error.message : String(error);
  capture.push('error', `${prefix}${name}: ${message}`);
  finish('error', { name, message, text: `${prefix}${name}: ${message}` });
}

const scheduler = new Scheduler(
  clock,
  {
    postTask: (task) => setImmediate(task),
    realSetTimeout: (callback, ms) => realSetTimeout(callback, ms),
    realClearTimeout: (handle) => realClearTimeout(handle as ReturnType<typeof realSetTimeout>),
    onIdle: () => {
      const elapsed = { virtualMs: clock.now(), realMs: clock.realElapsed() };
      // As in boot.ts: give a pending unhandled rejection its turn before calling the run over.
      realSetTimeout(() => {
        if (finished || scheduler.keepsRunAlive) return;
        if (topLevelDone) return finish('ok', undefined, elapsed);
        fail(new Error('The top level is awaiting a promise that can never settle: nothing else is pending.'), '');
      }, 0);
    },
    onError: (error) => fail(error, 'Uncaught '),
    onBlocked: (start, end) => spans.add('blocked', 'loop blocked', start, end),
    onVirtualLimit: () => finish('timeout'),
  },
  { virtualLimitMs: defaultLimits.virtualMs },
);

installClock(globalThis as unknown as TimeGlobals, clock, scheduler);
Object.defineProperty(globalThis, 'console', { value: capture.createConsole(), writable: true, configurable: true });
const lab = createLab({
  scheduler,
  now: () => clock.now(),
  forgive: (ms) => clock.forgive(ms),
  realNow,
  spans,
  spawnWorker: () => {
    throw new Error('runInWorker cannot run while the site is built: wrap an example that does not use it');
  },
});
let started = false;
Object.defineProperty(globalThis, Symbol.for(labGlobalKey), { value: lab });
Object.defineProperty(globalThis, Symbol.for(labStartKey), {
  value: () => {
    if (started) return;
    started = true;
    clock.restart();
    scheduler.enter();
  },
});
process.on('unhandledRejection', (reason) => fail(reason, 'Uncaught (in promise) '));
process.on('uncaughtException', (error) => fail(error, 'Uncaught '));

import(`data:text/javascript;base64,${Buffer.from(code).toString('base64')}`).then(
  () => {
    topLevelDone = true;
    scheduler.enter();
  },
  (error: unknown) => fail(error, 'Uncaught '),
);

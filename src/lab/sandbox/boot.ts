/**
 * The run's worker: the only place user code executes. The sandbox frame starts it from a
 * blob (a classic worker: in Chromium a blob module worker fails to start in an opaque-origin frame)
 * and gives it a MessagePort to the page; the page sends one `start` with the compiled program
 * over that port.
 *
 * It installs the virtual clock, the captured console, the stack mapping and the `lab` library,
 * imports the user's module from a blob, and reports to the page over the port: a heartbeat with
 * progress every 100 ms of real time, then `done` once the run is over — when the top level has
 * finished and nothing is pending, as a Node process ends.
 */
import type { ConsoleEntry, ErrorInfo } from '../types';
import { VirtualClock } from '../clock/virtual-clock';
import { Scheduler } from '../clock/scheduler';
import { installClock, type TimeGlobals } from '../clock/install';
import { createPositionMapper } from '../compile/source-map';
import { createLab } from '../library/create-lab';
import { SpanRecorder } from '../trace/span-recorder';
import { jobHostSource } from '../library/run-in-worker';
import { labGlobalKey, labStartKey } from '../library/exports';
// In the sandbox document this import is format-stand-in.ts (src/build/sandbox-document.ts): the
// formatter itself arrives from the page (prepare, or with the run's start).
import { inspect } from '../format/inspect';
import { loadFormatter, onFormatterMissing } from './format-stand-in';
import { ConsoleCapture } from './console-capture';
import { warmUpRunPaths } from './spare-warm-up';
import { prepareRecorder, recorderFor } from './recorder-module';
import { firstPosition, installStackMapping } from './stack-mapping';
import { createTickPoster } from './tick-channel';
import type { WorkerSelf } from './worker-self';
import type { FrameToWorker, PageToWorker, RunEnd, RunStart, WorkerToPage } from './messages';
import { ArrayPush, RealMessageChannel, bufferOf, postToPort, queueMicrotaskSafe, realNow, safeArray, structuredCloneSafe } from './primordials';
import { userWorkerClass } from './user-worker';
import { watchBuiltins } from './tamper-watch';

declare const self: WorkerSelf;

// Taken before anything is patched: the sandbox's own plumbing always uses real time (and the
// rest of what it relies on is in primordials.ts).
const realSetTimeout = setTimeout.bind(self);
const realClearTimeout = clearTimeout.bind(self);
const realSetInterval = setInterval.bind(self);
const realClearInterval = clearInterval.bind(self);
const RealWorker = Worker;
const heartbeatMs = 100;

// While this worker waits as the frame's spare (spare-warm-up.ts).
warmUpRunPaths(takeJobHost);

// A runInWorker host is started before the snippet's clock starts, when its code uses
// runInWorker, so the first job does not block the loop while a worker starts. Later jobs start
// their own: starting one in the background during the run would block the loop just the same,
// only at a moment the reader cannot see coming.
const jobHostUrl = URL.createObjectURL(new Blob([jobHostSource], { type: 'text/javascript' }));
let spareJobHost: Worker | undefined;
function takeJobHost(): Worker {
  const host = spareJobHost ?? new RealWorker(jobHostUrl, { name: 'async-lab-job' });
  spareJobHost = undefined;
  return host;
}

// The frame hands this worker one end of a port whose other end the page holds; the page sends
// the formatter (when it has it) and then the run over it (messages.ts).
self.onmessage = (event: MessageEvent<FrameToWorker>) => {
  const port = event.ports[0];
  if (event.data?.kind !== 'adopt' || !port) return;
  // One run per worker; later messages on the global channel are not ours to obey.
  self.onmessage = null;
  port.onmessage = ({ data }: MessageEvent<PageToWorker>) => {
    if (data?.kind === 'prepare') {
      if (data.formatterScript !== undefined) loadFormatter(self, data.formatterScript);
      if (data.recorderScript !== undefined) prepareRecorder(self, data.recorderScript, realNow);
      return;
    }
    if (data?.kind !== 'start') return;
    port.onmessage = null;
    if (data.start.formatterScript !== undefined) loadFormatter(self, data.start.formatterScript);
    start(data.start, port);
  };
};

function describe(error: unknown, prefix: string): ErrorInfo {
  if (error instanceof Error) {
    // An error raised inside the lab (an HttpError nobody awaited) has no frame in the reader's
    // code; Node would print "[HttpError: ...]", but the plain header reads better here.
    const hasFrames = /\n\s+at /.test(String(error.stack ?? ''));
    const text = hasFrames ? inspect(error) : `${error.name}: ${error.message}`;
    const position = firstPosition(String(error.stack ?? ''));
    return { name: error.name, message: error.message, text: `${prefix}${text}`, ...(position ? { position } : {}) };
  }
  return { name: 'Error', message: inspect(error), text: `${prefix}${inspect(error)}` };
}

function cloneable(value: unknown): unknown {
  try {
    return structuredCloneSafe(value);
  } catch {
    return undefined;
  }
}

function start({ program, clock: mode, limits, record, recorderScript }: RunStart, port: MessagePort): void {
  if (program.code.includes('runInWorker')) spareJobHost = new RealWorker(jobHostUrl, { name: 'async-lab-job' });
  // A run that needs the formatter before it is here starts over in a worker that has it
  // (format-stand-in.ts): from that moment this one says nothing more, and the page ends it.
  // A recording's trace chunk is transferred, not cloned (inspector/packed-trace.ts).
  let startsOver = false;
  const post = (message: WorkerToPage) => {
    if (startsOver) return;
    postToPort(port, message, 'inspector' in message && message.inspector ? [bufferOf(message.inspector.numbers)] : undefined);
  };
  onFormatterMissing(() => {
    if (startsOver) return;
    postToPort(port, { kind: 'needs-formatter' });
    startsOver = finished = true;
    realClearInterval(heartbeat);
    scheduler.stop();
  });
  const clock = new VirtualClock({ mode, realTime: realNow });
  const spans = new SpanRecorder(
    () => clock.now(),
    limits.spans,
    () => scheduler.turn,
  );
  // The first lines go out one by one, the moment they are printed, so output just before an
  // endless loop survives the kill. A flood is sent in batches: thousands of single messages
  // would keep the page's main thread busy unpacking them.
  const immediateLines = 200;
  let sentLines = 0;
  let batch: ConsoleEntry[] = safeArray();
  let lastFlush = 0;
  const flushConsole = () => {
    if (batch.length === 0) return;
    post({ kind: 'console', entries: batch });
    batch = safeArray();
    lastFlush = realNow();
  };
  const capture = new ConsoleCapture({
    now: () => clock.now(),
    limit: limits.consoleEntries,
    turn: () => scheduler.turn,
    emit: (entry) => {
      ArrayPush(batch, entry);
      if (sentLines++ < immediateLines || batch.length >= 200 || realNow() - lastFlush > 16) flushConsole();
    },
  });
  let started = false;
  let topLevelDone = false;
  let result: unknown;
  let finished = false;

  // Two hops per tick, so an unhandled rejection ends the run before the next timer
  // (tick-channel.ts); the port's postMessage is the one taken at boot (primordials.ts).
  const ticks = new RealMessageChannel();
  const postTick = createTickPoster({ port1: ticks.port1, port2: { postMessage: (message) => postToPort(ticks.port2, message) } });

  const moduleUrl = URL.createObjectURL(new Blob([program.code], { type: 'text/javascript' }));
  const mapPosition = createPositionMapper(program.map);
  // The inspector's recording run (Step through): the recorder's script arrived ahead of the run
  // or with it (recorder-module.ts), and takes the builtins it wraps now, before user code.
  const recording = record ? recorderFor(self, recorderScript) : undefined;
  const recorder = recording
    ? recording.createRecorder(self, {
        isUserFile: (name) => name === moduleUrl,
        mapLine: (line, column) => mapPosition(line, column)?.line ?? 0,
        now: () => clock.now(),
        realNow,
        forgive: (ms) => clock.forgive(ms),
        consoleCount: () => sentLines,
      })
    : undefined;
  if (recorder) recording?.watchLabOperations(spans, recorder);

  const progress = () => ({
    ...(recorder ? { inspector: recorder.take() } : {}),
    spans: spans.takeFinished(),
    droppedConsole: capture.dropped,
    virtualMs: started ? clock.now() : 0,
    realMs: started ? clock.realElapsed() : 0,
  });

  const finish = (end: Pick<RunEnd, 'status'> & Partial<RunEnd>) => {
    if (finished) return;
    finished = true;
    flushConsole();
    scheduler.stop();
    realClearInterval(heartbeat);
    const { spans: allSpans, dropped } = spans.all();
    post({ kind: 'done', ...progress(), ...end, spans: allSpans, droppedSpans: dropped, patched: patchedBuiltins() });
  };

  const fail = (error: unknown, prefix: string) => {
    const info = describe(error, prefix);
    capture.push('error', info.text);
    finish({ status: 'error', error: info });
  };

  const scheduler = new Scheduler(
    clock,
    {
      postTask: postTick,
      realSetTimeout: (callback, ms) => realSetTimeout(callback, ms),
      realClearTimeout: (handle) => realClearTimeout(handle as number),
      onIdle: () => {
        // The run ended here; the turn given below must not count as elapsed time.
        const elapsed = { virtualMs: clock.now(), realMs: clock.realElapsed() };
        // The platform reports unhandled rejections in a task of its own, after the one that
        // rejected: give it that turn before declaring the run over.
        realSetTimeout(() => {
          if (finished || scheduler.keepsRunAlive) return;
          if (topLevelDone) {
            const resultFields = result === undefined ? {} : { result: cloneable(result), resultText: inspect(result) };
            return finish({ status: 'ok', ...elapsed, ...resultFields });
          }
          // Nothing can ever resume the top level: Node exits here with "unsettled top-level await".
          fail(new Error('The top level is awaiting a promise that can never settle: nothing else is pending.'), '');
        }, 0);
      },
      onError: (error) => fail(error, 'Uncaught '),
      onBlocked: (start, end) => spans.add('blocked', 'loop blocked', start, end),
      onVirtualLimit: () => finish({ status: 'timeout', timeoutReason: 'virtual' }),
    },
    { virtualLimitMs: limits.virtualMs, ...(recorder ? { observer: recorder.scheduler } : {}) },
  );

  const heartbeat = realSetInterval(() => {
    if (finished) return;
    flushConsole();
    post({ kind: 'progress', ...progress() });
  }, heartbeatMs);

  installStackMapping(Error, moduleUrl, mapPosition, [self.location.href]);
  installClock(self as unknown as TimeGlobals, clock, scheduler);
  Object.defineProperty(self, 'Worker', { value: userWorkerClass(RealWorker, scheduler, spans), writable: true, configurable: true });
  const patchedBuiltins = watchBuiltins(self);
  Object.defineProperty(self, 'console', { value: capture.createConsole(), writable: true, configurable: true });

  const lab = createLab({
    scheduler,
    now: () => clock.now(),
    forgive: (ms) => clock.forgive(ms),
    realNow,
    spans,
    spawnWorker: takeJobHost,
  });
  Object.defineProperty(self, Symbol.for(labGlobalKey), { value: lab });
  Object.defineProperty(self, Symbol.for(labStartKey), {
    value: () => {
      if (started) return;
      started = true;
      clock.restart();
      scheduler.enter();
      recorder?.scriptStarted();
      // Queued before anything of the module's: it runs when the module's synchronous code is
      // over, so console lines and spans can tell "synchronous" (turn 0) from "a microtask".
      queueMicrotaskSafe(() => scheduler.beginTurn());
      post({ kind: 'started' });
    },
  });

  self.addEventListener('unhandledrejection', (event) => {
    event.preventDefault();
    fail(event.reason, 'Uncaught (in promise) ');
  });
  self.addEventListener('error', (event) => {
    event.preventDefault();
    fail(event.error ?? new Error(event.message), 'Uncaught ');
  });

  import(/* @vite-ignore */ moduleUrl).then(
    (namespace: { default?: unknown }) => {
      topLevelDone = true;
      recorder?.topLevelDone();
      result = namespace.default;
      scheduler.enter();
    },
    (error: unknown) => fail(error, 'Uncaught '),
  );
}

/**
 * Runs a JavaScript snippet in Node with the sandbox's clock, scheduler and (optionally) the
 * inspector's recorder, for the unit tests: a `vm` context gives the snippet its own Promise,
 * so the recorder's wrappers touch nothing of the test runner's. Like clock/test-harness.ts,
 * Node's setImmediate stands in for the sandbox's "post a macrotask", and the clock is frozen so
 * the run's times are exact.
 */
import vm from 'node:vm';
import { setImmediate } from 'node:timers';
import { Scheduler } from '../../clock/scheduler';
import { VirtualClock } from '../../clock/virtual-clock';
import { installClock, type TimeGlobals } from '../../clock/install';
import { instrumentCode } from '../../compile/instrument';
import { createRecorder, type Recorder, type RecorderScope } from '../../sandbox/recorder';
import type { InspectorTrace } from '../events';
import { unpackTrace } from '../packed-trace';

export interface NodeRecording {
  printed: string[];
  virtualMs: number;
  error?: unknown;
  trace?: InspectorTrace;
}

const fileName = 'main.js';

/** Runs `code` (it may use `log`, timers and promises); `record` turns the recorder on. */
export function recordInNode(code: string, { record = true, maxSteps }: { record?: boolean; maxSteps?: number } = {}): Promise<NodeRecording> {
  return new Promise((resolve) => {
    const printed: string[] = [];
    const context = vm.createContext({ log: (text: unknown) => printed.push(String(text)), queueMicrotask }) as Record<string, unknown>;
    const global = vm.runInContext('globalThis', context) as TimeGlobals & RecorderScope & Record<string, unknown>;
    const clock = new VirtualClock({ mode: 'instant', realTime: () => 0 });
    const recorder: Recorder | undefined = record
      ? createRecorder(global, {
          isUserFile: (name) => name === fileName,
          mapLine: (line) => line,
          now: () => clock.now(),
          realNow: () => performance.now(),
          forgive: () => undefined,
          consoleCount: () => printed.length,
          stackError: Error,
          ...(maxSteps === undefined ? {} : { maxSteps }),
        })
      : undefined;
    let error: unknown;
    // An unhandled rejection ends the run before the next timer, as in Node and in the sandbox
    // (src/lab/sandbox/tick-channel.ts); the vm's promises reject into this process.
    const onRejection = (reason: unknown) => {
      error = reason;
      scheduler.stop();
      finish();
    };
    process.on('unhandledRejection', onRejection);
    const finish = () => {
      process.off('unhandledRejection', onRejection);
      done();
    };
    const done = () =>
      resolve({ printed, virtualMs: clock.now(), ...(error === undefined ? {} : { error }), ...(recorder ? { trace: unpackTrace(recorder.take())! } : {}) });
    const scheduler = new Scheduler(
      clock,
      {
        postTask: (task) => setImmediate(task),
        realSetTimeout: (callback, ms) => setTimeout(callback, ms),
        realClearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        onIdle: finish,
        onError: (thrown) => {
          error = thrown;
          scheduler.stop();
          finish();
        },
        onBlocked: () => undefined,
        onVirtualLimit: finish,
      },
      recorder ? { observer: recorder.scheduler } : {},
    );
    installClock(global, clock, scheduler);
    clock.restart();
    scheduler.enter();
    recorder?.scriptStarted();
    try {
      vm.runInContext(record ? instrumentCode(code, (line) => line) : code, context, { filename: fileName });
    } catch (thrown) {
      error = thrown;
    }
    recorder?.topLevelDone();
  });
}

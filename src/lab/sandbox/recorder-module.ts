/**
 * The inspector's recorder is not part of the sandbox document: only a recording run (Step
 * through) needs it, and every first Run of a lesson would pay for it (2 KB gzipped). The build
 * bundles recorder-entry.ts into its own script (/sandbox-recorder.js, src/build/sandbox-document.ts);
 * the page fetches it on the first recording run (or when the reader points at Step through) and
 * sends it to each waiting worker from then on, or with a run's `start` when its worker did not get
 * it (spare-scripts.ts); the worker runs it (sandbox-script.ts) before any of the reader's code.
 */
import type { createRecorder } from './recorder';
import type { watchLabOperations } from './recorder-stacks';
import { runSandboxScript } from './sandbox-script';

/** What the recorder's script leaves on the worker's global, under `Symbol.for(recorderModuleKey)`. */
export interface RecorderModule {
  createRecorder: typeof createRecorder;
  watchLabOperations: typeof watchLabOperations;
  /** Runs the recorder once on a stand-in scope while the worker waits (recorder-warm-up.ts). */
  warmUp(realNow: () => number): Promise<void>;
}

export const recorderModuleKey = 'async-lab.recorder-module';

/** Runs the recorder's script in this worker and takes what it defined off the global again. */
export const loadRecorderModule = (scope: object, script: string): RecorderModule => runSandboxScript<RecorderModule>(scope, script, recorderModuleKey);

let prepared: RecorderModule | undefined;

/**
 * The page sent the recorder ahead of the run (a spare's `prepare`): it is installed now, and run
 * once on a stand-in scope (recorder-warm-up.ts) so a recording run does not execute it cold.
 */
export function prepareRecorder(scope: object, script: string, realNow: () => number): void {
  prepared ??= loadRecorderModule(scope, script);
  // A failed warm-up costs only speed.
  prepared.warmUp(realNow).catch(() => undefined);
}

/** A recording run's recorder: the one prepared ahead, or else the one its start carried. */
export const recorderFor = (scope: object, script: string | undefined): RecorderModule => prepared ?? loadRecorderModule(scope, script ?? '');

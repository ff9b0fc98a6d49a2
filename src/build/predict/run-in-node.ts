/**
 * Runs a compiled example in Node at build time and returns its RunRecord: what a <Predict>
 * block is validated against (predict-spec.ts). The run happens in a worker thread
 * (node-run-worker.ts, bundled here with native esbuild on first use) on the virtual clock in
 * instant mode, so a three-second example takes milliseconds; real CPU work (blockFor) still
 * costs its real time. Each program runs once per build.
 */
import { Worker } from 'node:worker_threads';
import { join } from 'node:path';
import { bundleForNode } from '../esbuild';
import type { CompiledProgram, RunRecord } from '../../lab';

/** A build-time run that takes longer than this on the wall clock fails the build. */
const wallLimitMs = 20_000;

let workerSource: Promise<string> | undefined;

function bundleWorker(root: string): Promise<string> {
  workerSource ??= bundleForNode(join(root, 'src', 'build', 'predict', 'node-run-worker.ts'));
  return workerSource;
}

const runs = new Map<string, Promise<RunRecord>>();

/** The RunRecord of `program`, run once per build; rejects when it cannot finish. */
export function runInNode(program: CompiledProgram, root = process.cwd()): Promise<RunRecord> {
  let run = runs.get(program.code);
  if (!run) {
    run = bundleWorker(root).then((source) => runOnce(source, program.code));
    runs.set(program.code, run);
  }
  return run;
}

function runOnce(workerCode: string, code: string): Promise<RunRecord> {
  return new Promise((resolve, reject) => {
    const url = new URL(`data:text/javascript;base64,${Buffer.from(workerCode).toString('base64')}`);
    const worker = new Worker(url, { workerData: { code } });
    const timer = setTimeout(() => {
      void worker.terminate();
      reject(new Error(`the example did not finish within ${wallLimitMs / 1000} s`));
    }, wallLimitMs);
    worker.once('message', (record: RunRecord) => {
      clearTimeout(timer);
      void worker.terminate();
      resolve(record);
    });
    worker.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
  });
}

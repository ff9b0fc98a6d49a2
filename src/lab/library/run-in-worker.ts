/**
 * Runs a self-contained function in a fresh worker thread and returns its result: the lab's
 * stand-in for Python's ProcessPoolExecutor. The function travels as source text, so it can use
 * only its arguments and globals, never variables from around it; a ReferenceError says so.
 */

/** The part of a Worker this module uses; tests pass a fake. */
export interface JobWorker {
  postMessage(data: unknown): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

/** Starts a worker from JavaScript source. */
export type WorkerFactory = (source: string) => JobWorker;

type JobAnswer = { ok: true; value: unknown } | { ok: false; name: string; message: string };

/** The job worker's whole program: call the function with the posted arguments, post back. */
export function jobSource(fnSource: string): string {
  return `"use strict";
self.onmessage = async (event) => {
  let answer;
  try {
    const fn = (${fnSource});
    answer = { ok: true, value: await fn(...event.data) };
  } catch (error) {
    answer = { ok: false, name: (error && error.name) || "Error", message: (error && error.message) || String(error) };
  }
  try { self.postMessage(answer); }
  catch (error) { self.postMessage({ ok: false, name: "DataCloneError", message: "runInWorker: the result cannot be sent back from the worker (" + error.message + ")" }); }
};`;
}

const closureHint =
  ' (runInWorker runs the function in another worker: it can use its arguments and globals, not variables from the code around it)';

export function runFunctionInWorker(spawn: WorkerFactory, fnSource: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let worker: JobWorker;
    try {
      worker = spawn(jobSource(fnSource));
    } catch (error) {
      reject(error);
      return;
    }
    worker.addEventListener('message', ({ data }) => {
      worker.terminate();
      const answer = data as JobAnswer;
      if (answer.ok) return resolve(answer.value);
      const hint = answer.name === 'ReferenceError' ? closureHint : '';
      reject(Object.assign(new Error(answer.message + hint), { name: answer.name }));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new SyntaxError(`runInWorker: the function could not be started in a worker: ${event.message || 'unknown error'}`));
    });
    try {
      worker.postMessage(args);
    } catch (error) {
      worker.terminate();
      reject(error);
    }
  });
}

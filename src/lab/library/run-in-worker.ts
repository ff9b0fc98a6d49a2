/**
 * Runs a self-contained function in another worker thread and returns its result: the lab's
 * stand-in for Python's ProcessPoolExecutor. The function travels as source text, so it can use
 * only its arguments and globals, never variables from around it; a ReferenceError says so.
 *
 * The job runs in a "host" worker that is started ahead of time (starting a worker costs the
 * calling thread 15–30 ms, which would show up as a blocked loop right when the snippet wants to
 * show that the loop stays free). The host loads the function with importScripts from a blob:
 * the sandbox's policy allows blob: scripts but no eval.
 */

/** The part of a Worker this module uses; tests pass a fake. */
export interface JobWorker {
  postMessage(data: unknown): void;
  terminate(): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
}

/** Hands out a started host worker for one job (and prepares the next one). */
export type WorkerFactory = () => JobWorker;

type JobAnswer = { ok: true; value: unknown } | { ok: false; name: string; message: string };

/** The host worker's whole program: wait for one job, load its function, run it, post back. */
export const jobHostSource = `"use strict";
self.onmessage = async (event) => {
  const { source, args } = event.data;
  let answer;
  try {
    importScripts(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
    answer = { ok: true, value: await self.__labJob(...args) };
  } catch (error) {
    answer = { ok: false, name: (error && error.name) || "Error", message: (error && error.message) || String(error) };
  }
  try { self.postMessage(answer); }
  catch (error) { self.postMessage({ ok: false, name: "DataCloneError", message: "runInWorker: the result cannot be sent back from the worker (" + error.message + ")" }); }
};`;

/** The script that defines the job's function in the host. */
export function jobSource(fnSource: string): string {
  return `self.__labJob = (${fnSource});`;
}

const closureHint = ' (runInWorker runs the function in another worker: it can use its arguments and globals, not variables from the code around it)';

export function runFunctionInWorker(takeHost: WorkerFactory, fnSource: string, args: unknown[]): Promise<unknown> {
  return new Promise((resolve, reject) => {
    let worker: JobWorker;
    try {
      worker = takeHost();
    } catch (error) {
      reject(error);
      return;
    }
    worker.addEventListener('message', ({ data }) => {
      worker.terminate();
      const answer = data as JobAnswer;
      if (answer.ok) return resolve(answer.value);
      const hint = answer.name === 'ReferenceError' ? closureHint : '';
      const name = answer.name === 'SyntaxError' ? 'SyntaxError' : answer.name;
      const message = answer.name === 'SyntaxError' ? `runInWorker: the function could not be loaded in a worker: ${answer.message}` : answer.message + hint;
      reject(Object.assign(new Error(message), { name }));
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      worker.terminate();
      reject(new Error(`runInWorker: the worker failed: ${event.message || 'unknown error'}`));
    });
    try {
      worker.postMessage({ source: jobSource(fnSource), args });
    } catch (error) {
      worker.terminate();
      reject(error);
    }
  });
}

/**
 * How the run's worker posts the scheduler's "tick" macrotask (scheduler.ts fires one timer per
 * tick) so that an unhandled rejection ends the run before the next timer, as in Node.
 *
 * Node checks for unhandled rejections as soon as the microtask queue has drained after each
 * callback, and ends the process there: in
 * `Promise.reject(new Error('lost')); setTimeout(() => console.log('later'), 10);` the timer never
 * fires. A browser finds the same rejections at the same moment (the end of the microtask
 * checkpoint; a promise handled later in that drain is not reported), but it only *queues* the
 * `unhandledrejection` event as a task. A tick message posted while the code ran was queued
 * before that event, so with one hop the next timer fired first and "later" was printed.
 *
 * So every tick takes two hops through the channel: the first one only re-posts the message,
 * which puts the tick behind the event queued at the end of the task that posted it. Chromium
 * runs a worker's posted messages and that event from one queue, in order (checked in
 * e2e/unhandled-rejection.spec.ts). The extra hop costs a few microseconds per timer.
 */

/** The two ends of a MessageChannel, as far as this module uses them. */
export interface TickPorts {
  port1: { onmessage: ((event: never) => void) | null };
  port2: { postMessage(message: unknown): void };
}

/**
 * @returns the scheduler's `postTask`: runs `task` two channel hops later. The scheduler has at
 * most one tick queued at a time; a second call before it runs replaces the task.
 */
export function createTickPoster(ports: TickPorts): (task: () => void) => void {
  let pending: (() => void) | undefined;
  let firstHopDone = false;
  ports.port1.onmessage = () => {
    if (!firstHopDone) {
      firstHopDone = true;
      ports.port2.postMessage(0);
      return;
    }
    firstHopDone = false;
    const task = pending;
    pending = undefined;
    task?.();
  };
  return (task) => {
    const queued = pending !== undefined;
    pending = task;
    if (!queued) ports.port2.postMessage(0);
  };
}

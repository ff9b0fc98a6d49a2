/**
 * The `Worker` the reader's code sees: the platform's, plus bookkeeping so the run's clock knows
 * about it. A worker computes in real time, elsewhere; without this, an instant clock would see
 * an idle run (only an interval pending, say) and jump ahead by minutes while the worker counts.
 *
 * Each message posted to the worker opens a piece of real work (the clock waits for real, as for
 * runInWorker) and a `worker` span; the next message back closes both, and the answer's arrival
 * is a new turn of the loop. terminate() closes whatever is still open. A worker that is never
 * written to does not keep the run going: there is nothing it was asked to do.
 */
import type { Scheduler } from '../clock/scheduler';
import type { SpanRecorder } from '../trace/span-recorder';
import { inspect } from '../format/inspect';
import { ArrayPush, ArrayShift, ReflectApply, safeArray } from './primordials';

interface Open {
  span: number;
  done: () => void;
}

export function userWorkerClass(RealWorker: typeof Worker, scheduler: Scheduler, spans: SpanRecorder): typeof Worker {
  const realPost = RealWorker.prototype.postMessage;
  const realTerminate = RealWorker.prototype.terminate;
  const listen = EventTarget.prototype.addEventListener;

  class Worker extends RealWorker {
    constructor(url: string | URL, options?: WorkerOptions) {
      super(url, options);
      const open = safeArray<Open>();
      const close = (outcome: 'ok' | 'error' | 'aborted', value?: string) => {
        const job = ArrayShift(open);
        if (!job) return;
        spans.end(job.span, outcome, value);
        job.done();
      };
      // Registered before any handler of the reader's, so the clock has moved on to this turn
      // when their onmessage runs.
      ReflectApply(listen, this, [
        'message',
        (event: MessageEvent) => {
          scheduler.enter(true);
          close('ok', printed(event.data));
        },
      ]);
      ReflectApply(listen, this, [
        'error',
        () => {
          scheduler.enter(true);
          while (open.length > 0) close('error');
        },
      ]);
      const post = (message: unknown, transfer?: unknown) => {
        ArrayPush(open, { span: spans.start('worker', 'Worker.postMessage'), done: scheduler.beginRealWork() });
        ReflectApply(realPost, this, transfer === undefined ? [message] : [message, transfer]);
      };
      const terminate = () => {
        while (open.length > 0) close('aborted');
        ReflectApply(realTerminate, this, []);
      };
      Object.defineProperty(this, 'postMessage', { value: post, writable: true, configurable: true });
      Object.defineProperty(this, 'terminate', { value: terminate, writable: true, configurable: true });
    }
  }
  return Worker;
}

function printed(value: unknown): string {
  const text = inspect(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

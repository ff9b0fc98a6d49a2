/**
 * The recorder's book of microtask jobs (recorder.ts): which promises it knows to be settled,
 * so a job registered on one is queued at once, and which jobs wait on the others until the
 * recorder sees them settle (a callback returned, a default handler passed the value on).
 */
import type { TraceWriter } from './trace-writer';

export function jobBook(trace: TraceWriter, recording: () => boolean) {
  const settled = new WeakSet<object>();
  const waiting = new WeakMap<object, number[]>();
  return {
    /** The promise is settled already (Promise.resolve of a plain value, a reject, …). */
    knownSettled(promise: object): void {
      settled.add(promise);
    },
    /** The promise has just settled: the jobs waiting on it enter the queue now. */
    markSettled(promise: object): void {
      settled.add(promise);
      const jobs = waiting.get(promise);
      if (!jobs) return;
      waiting.delete(promise);
      if (recording()) for (const job of jobs) trace.enqueue(job);
    },
    /** A job registered on `promise`: queued at once when it is known settled, else it waits. */
    register(job: number, promise: object, line: number, frame?: number, name?: string): void {
      const queued = settled.has(promise);
      if (recording()) trace.job(job, line, queued, frame, name);
      if (queued) return;
      const jobs = waiting.get(promise);
      if (jobs) jobs.push(job);
      else waiting.set(promise, [job]);
    },
  };
}

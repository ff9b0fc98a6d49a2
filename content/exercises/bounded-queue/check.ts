import { checks, elapsedAbout, inFlightAtLeast, lineOf, maxInFlight, order, printedAfter, spanCount, withHint } from '@lab/checks';
import type { Check } from '@lab/checks';

const capacity = 3;
const workers = 3;
const jobs = 12;
const jobMs = 500;

/**
 * When the producer's put(job) returns with a bounded queue, computed here: the first
 * workers + capacity jobs go in at once (the workers hold one each, the queue the rest); after
 * that each put waits for a worker to take a job, which happens every jobMs for each worker.
 */
const putAt = (job: number) => (job <= workers + capacity ? 0 : Math.ceil((job - workers - capacity) / workers) * jobMs);

/**
 * The producer was held back by the full queue: "put job N" lines at the times a bound gives.
 * Real CPU time counts on the run's clock, so a stall (a busy machine, a garbage collection) can
 * make a line later, by at most the run's real time; never earlier.
 */
const producerWaited: Check = (run) => {
  const late = [workers + capacity + 1, jobs].map((job) => ({ job, line: lineOf(run, new RegExp(`^put job ${job}\\b`)), expected: putAt(job) }));
  const wrong = late.find(({ line, expected }) => !line || line.at < expected - 50 || line.at > expected + 50 + run.realMs);
  const show = late.map(({ job, line }) => `job ${job} at ${line ? Math.round(line.at) : '?'} ms`).join(', ');
  const expected = late.map(({ job, expected: at }) => `job ${job} at ${at} ms`).join(', ');
  return {
    pass: wrong === undefined,
    en: `the producer put ${show}; with room for ${capacity}, expected ${expected}`,
    zh: `生产者放入的时间：${show}；队列容量为 ${capacity} 时，应为 ${expected}`,
  };
};

export default checks(
  withHint(producerWaited, {
    en: 'put() must wait while the queue is full',
    zh: '队列满时，put() 必须等待',
  }),
  withHint(spanCount('sleep', jobs), {
    en: 'the only waits are the 12 jobs of 500 ms: the queue, not a timer, should hold the producer back',
    zh: '唯一的等待应是 12 个 500 毫秒的任务：让生产者停下来的应是队列，而不是定时器',
  }),
  withHint(elapsedAbout((jobs / workers) * jobMs, 150), {
    en: '12 jobs of 500 ms take 2 s only if three workers share them',
    zh: '12 个 500 毫秒的任务，只有三个 worker 分担时才是 2 秒',
  }),
  inFlightAtLeast(`sleep(${jobMs})`, workers),
  maxInFlight(`sleep(${jobMs})`, workers),
  order(Array.from({ length: jobs }, (_, i) => `job ${i + 1} started`)),
  printedAfter(`all ${jobs} jobs done`, 'sleep'),
);

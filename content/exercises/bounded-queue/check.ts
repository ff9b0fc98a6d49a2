import { checks, elapsedAbout, inFlightAtLeast, maxInFlight, order, printed, withHint } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

const capacity = 3;

/** The producer prints "(queue: size/capacity)" after every put: the size must never pass the bound. */
const neverOverfull: Check = (run) => {
  const sizes = run.console.flatMap((entry) => {
    const match = /queue: (\d+)\//.exec(entry.text);
    return match ? [Number(match[1])] : [];
  });
  if (sizes.length < 12) {
    return {
      pass: false,
      en: `found ${sizes.length} "(queue: …)" lines, expected one after each of the 12 puts`,
      zh: `只找到 ${sizes.length} 行 "(queue: …)"，每次 put 之后都应打印一行，共 12 行`,
    };
  }
  const most = Math.max(...sizes);
  return {
    pass: most <= capacity,
    en: `the queue held at most ${most} jobs, expected never more than ${capacity}`,
    zh: `队列里最多放了 ${most} 个任务，应始终不超过 ${capacity} 个`,
  };
};

const jobs = Array.from({ length: 12 }, (_, i) => `job ${i + 1} started`);

export default checks(
  withHint(neverOverfull, {
    en: 'put() must wait while the queue is full',
    zh: '队列满时，put() 必须等待',
  }),
  withHint(elapsedAbout(2000, 150), {
    en: '12 jobs of 500 ms take 2 s only if three workers share them',
    zh: '12 个 500 毫秒的任务，只有三个 worker 分担时才是 2 秒',
  }),
  inFlightAtLeast('sleep(500)', 3),
  maxInFlight('sleep(500)', 3),
  order(jobs),
  printed('all 12 jobs done'),
);

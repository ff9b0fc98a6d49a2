import { checks, formatMs, heartbeatGapAtMost, printed, spansMatching, withHint } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

/** The computation ran in a worker, and the heartbeat was already beating before it and still beating after it. */
const heartbeatAroundTheWork: Check = (run) => {
  const job = spansMatching(run.spans, 'worker')[0];
  if (!job) {
    return {
      pass: false,
      en: 'no runInWorker job ran: the computation ran on the loop itself',
      zh: '没有运行任何 runInWorker 任务：计算是在事件循环自己身上跑的',
    };
  }
  const beats = run.console.filter((entry) => entry.text.includes('heartbeat')).map((entry) => entry.at);
  const before = beats.filter((at) => at <= job.start).length;
  const during = beats.filter((at) => at > job.start && at <= job.end).length;
  const after = beats.filter((at) => at > job.end).length;
  const window = `${formatMs(job.start)}–${formatMs(job.end)}`;
  const windowZh = `${formatMs(job.start, 'zh')}–${formatMs(job.end, 'zh')}`;
  return {
    pass: before > 0 && after > 0,
    en: `the worker computed from ${window}; heartbeats: ${before} before, ${during} during, ${after} after (expected some before and after)`,
    zh: `worker 在 ${windowZh} 计算；心跳：之前 ${before} 次，期间 ${during} 次，之后 ${after} 次（预期之前和之后都有）`,
  };
};

/** At most 150 ms between heartbeats, with a hint that depends on where the computation ran. */
const steadyHeartbeat: Check = (run) => {
  const verdict = heartbeatGapAtMost(150, 'heartbeat')(run);
  if (verdict.pass) return verdict;
  const inWorker = spansMatching(run.spans, 'worker').length > 0;
  const hint = inWorker
    ? {
        en: 'the computation did run in a worker, so a busy machine may have delayed a timer: run it again',
        zh: '计算确实在 worker 里进行，可能是机器太忙推迟了计时器：再运行一次试试',
      }
    : { en: 'while countPrimes runs on the loop, no timer can fire', zh: 'countPrimes 在事件循环上运行时，任何计时器都无法触发' };
  return withHint(() => verdict, hint)(run);
};

export default checks(
  printed('49098 primes'),
  steadyHeartbeat,
  heartbeatAroundTheWork,
);

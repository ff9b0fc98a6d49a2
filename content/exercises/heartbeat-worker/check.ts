import { checks, lineOf, loopNeverBlockedOver, outputLines, spansMatching, withHint } from '@lab/checks';
import type { Check, RunRecord } from '@lab/checks';

const limit = 600_000;

/** The answer, computed here with a sieve (a different method from the exercise's trial division). */
function primesBelow(n: number): number {
  const composite = new Uint8Array(n);
  let count = 0;
  for (let i = 2; i < n; i++) {
    if (composite[i]) continue;
    count++;
    for (let j = i * i; j < n; j += i) composite[j] = 1;
  }
  return count;
}
let answer: number | undefined;
const expected = () => (answer ??= primesBelow(limit));

/** Worker jobs (runInWorker, or a message to a Worker) that answered. */
const answeredJobs = (run: RunRecord) => spansMatching(run.spans, 'worker').filter((span) => span.outcome === 'ok');

const workerComputedIt: Check = (run) => {
  const jobs = answeredJobs(run);
  if (jobs.length === 0) {
    return { pass: false, en: 'no worker answered: the computation did not run in a worker', zh: '没有任何 worker 给出结果：计算没有在 worker 里进行' };
  }
  const right = jobs.find((job) => job.value === String(expected()));
  const got = jobs.map((job) => job.value ?? '?').join(', ');
  return {
    pass: right !== undefined,
    en: right
      ? `a worker computed ${expected()} (from ${Math.round(right.start)} to ${Math.round(right.end)} ms)`
      : `the worker answered ${got}, expected the count of primes below ${limit.toLocaleString('en')}: ${expected()}`,
    zh: right
      ? `worker 算出了 ${expected()}（${Math.round(right.start)}–${Math.round(right.end)} 毫秒）`
      : `worker 返回的是 ${got}，应为 ${limit} 以内的质数个数：${expected()}`,
  };
};

const printedTheCount: Check = (run) => {
  const line = lineOf(run, 'primes below');
  const pass = line !== undefined && line.text.startsWith(`${expected()} primes`);
  return {
    pass,
    en: line ? `printed "${line.text}", expected it to start with "${expected()} primes"` : 'never printed the count ("… primes below 600,000")',
    zh: line ? `打印了 "${line.text}"，应以 "${expected()} primes" 开头` : '没有打印质数个数（"… primes below 600,000"）',
  };
};

/** The heartbeat beat while the worker computed, and again after: the loop was free throughout. */
const beatWhileComputing: Check = (run) => {
  const job = answeredJobs(run).find((span) => span.value === String(expected())) ?? answeredJobs(run)[0];
  if (!job) return { pass: false, en: 'no worker job to beat beside', zh: '没有 worker 任务可以对照心跳' };
  const beats = outputLines(run)
    .filter((entry) => entry.text.includes('heartbeat'))
    .map((entry) => entry.at);
  const during = beats.filter((at) => at > job.start && at < job.end).length;
  const after = beats.filter((at) => at >= job.end).length;
  // A beat is due every 100 ms: a job shorter than that (a fast machine counts the primes in
  // ~85 ms) may see none while it runs, and that says nothing against the code. Longer jobs must.
  const beatsDue = job.end - job.start >= 120;
  return {
    pass: (during > 0 || !beatsDue) && after > 0,
    en: `heartbeats: ${during} while the worker computed (${Math.round(job.start)}–${Math.round(job.end)} ms), ${after} after (expected some of each)`,
    zh: `心跳：worker 计算期间（${Math.round(job.start)}–${Math.round(job.end)} 毫秒）${during} 次，之后 ${after} 次（两者都应有）`,
  };
};

export default checks(
  printedTheCount,
  withHint(workerComputedIt, {
    en: 'hand countPrimes and its limit to runInWorker, and print what it returns',
    zh: '把 countPrimes 和上限交给 runInWorker，再打印它返回的结果',
  }),
  // Counting on the loop takes 0.5 s and more; 200 ms leaves room for a busy machine's hiccups.
  withHint(loopNeverBlockedOver(200), {
    en: 'while countPrimes runs on the loop, no timer can fire',
    zh: 'countPrimes 在事件循环上运行时，任何定时器都无法触发',
  }),
  withHint(beatWhileComputing, {
    en: 'keep the heartbeat running until the result is saved',
    zh: '心跳要一直运行到结果保存完毕',
  }),
);

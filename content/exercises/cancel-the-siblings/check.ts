import { checks, elapsedAbout, endedInSameTurn, endedWith, outputLines, spansMatching, withHint } from '@lab/checks';
import type { Check } from '@lab/checks';

/** The failure comes from /status/503, which answers after 1 s. */
const failureAt = 1000;

/** Something was printed once the failure happened: the reader's report (its wording is theirs). */
const failureReported: Check = (run) => {
  const failure = spansMatching(run.spans, 'GET /status/503')[0];
  if (!failure) return { pass: false, en: 'the request to /status/503 never ran', zh: '对 /status/503 的请求根本没有运行' };
  const report = outputLines(run).find((entry) => entry.at >= failure.end && entry.turn === failure.endTurn);
  return {
    pass: report !== undefined,
    en: report
      ? `the failure was reported at ${Math.round(report.at)} ms: "${report.text}"`
      : `nothing was printed when /status/503 failed at ${Math.round(failure.end)} ms`,
    zh: report ? `在 ${Math.round(report.at)} 毫秒报告了失败："${report.text}"` : `/status/503 在 ${Math.round(failure.end)} 毫秒失败时，没有打印任何内容`,
  };
};

export default checks(
  endedWith('GET /status/503', 'error', failureAt, 50),
  withHint(endedInSameTurn('GET /delay', 'GET /status/503', 'aborted'), {
    en: 'does anything call controller.abort() when a request fails? A timer set for the right moment is not the failure',
    zh: '有请求失败时，有没有代码去调用 controller.abort()？定在“恰好那一刻”的定时器并不等于失败本身',
  }),
  withHint(failureReported, {
    en: 'catch the failure and print it as soon as it happens',
    zh: '捕获失败，并在它发生时立即打印出来',
  }),
  withHint(elapsedAbout(failureAt, 150), {
    en: 'the run lasts as long as any request is still pending',
    zh: '只要还有请求没结束，运行就不会结束',
  }),
);

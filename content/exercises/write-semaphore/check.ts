import { checks, custom, elapsedAbout, inFlightAtLeast, maxInFlight, peakInFlight, spansMatching, withHint } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

/** Two permits, requests of 1, 2, 1, 1, 2 and 1 s started in that order: 4 s in all. */
const predicted = 4000;

/** Elapsed as predicted; when the limit held but the time is wrong, the wake-up is the likely culprit. */
const elapsedAsPredicted: Check = (run) => {
  const verdict = elapsedAbout(predicted, 150)(run);
  if (verdict.pass || peakInFlight(spansMatching(run.spans, 'GET /delay')) > 2) return verdict;
  return withHint(() => verdict, {
    en: 'does release() wake up someone waiting in line?',
    zh: 'release() 有没有唤醒队伍里正在等待的人？',
  })(run);
};

export default checks(
  custom(
    (run) => spansMatching(run.spans, 'GET /delay').filter((span) => span.outcome === 'ok').length === 6,
    'all 6 requests were answered',
    '6 个请求都得到了响应',
  ),
  withHint(maxInFlight('GET /delay', 2), {
    en: 'acquire() must wait when no permit is free',
    zh: '没有空闲许可时，acquire() 必须等待',
  }),
  inFlightAtLeast('GET /delay', 2),
  elapsedAsPredicted,
  custom(
    (run) => run.spans.every((span) => span.queuedAt === undefined),
    'the requests waited in your semaphore (no createClient line)',
    '请求是在你写的信号量里排队的（没有借助 createClient 的队伍）',
  ),
);

import { checks, custom, elapsedAbout, inFlightAtLeast, maxInFlight, peakInFlight, spansMatching, withHint } from '@lab/checks';
import type { Check } from '@lab/checks';

const permits = 2;
const seconds = [1, 2, 1, 1, 2, 1];

/**
 * When each download starts with a fair (first come, first served) semaphore, simulated here:
 * a download starts as soon as a permit is free and everyone before it in line has started;
 * downloads ending at the same moment release in the order they started.
 */
function fairSchedule(): Array<{ label: string; start: number }> {
  const running: Array<{ end: number; order: number }> = [];
  const starts: Array<{ label: string; start: number }> = [];
  let now = 0;
  for (let next = 0; next < seconds.length; next++) {
    if (running.length >= permits) {
      running.sort((a, b) => a.end - b.end || a.order - b.order);
      now = running.shift()!.end;
    }
    starts.push({ label: `GET /delay/${seconds[next]}`, start: now });
    running.push({ end: now + seconds[next]! * 1000, order: next });
  }
  return starts;
}
const fair = fairSchedule();
const predicted = Math.max(...fair.map((s, i) => s.start + seconds[i]! * 1000));

/** The downloads started in line order, each when the fair semaphore lets it. */
const firstComeFirstServed: Check = (run) => {
  // Relative to the first download: the module's own start-up may take a few ms on a busy machine.
  const spans = spansMatching(run.spans, 'GET /delay');
  const origin = spans[0]?.start ?? 0;
  const started = spans.map((span) => ({ label: span.label, start: Math.round(span.start - origin) }));
  const wrong = fair.findIndex((expected, i) => started[i]?.label !== expected.label || Math.abs(started[i]!.start - expected.start) > 50);
  const show = (list: Array<{ label: string; start: number }>) => list.map((s) => `${s.label.replace('GET /delay/', '')} s @ ${s.start}`).join(', ');
  return {
    pass: wrong < 0 && started.length === fair.length,
    en: `downloads started as ${show(started) || 'none'}; a fair semaphore starts them as ${show(fair)}`,
    zh: `下载的开始顺序是 ${show(started) || '无'}；公平的信号量应为 ${show(fair)}`,
  };
};

/** Elapsed as predicted; when the limit held but the time is wrong, the wake-up is the likely culprit. */
const elapsedAsPredicted: Check = (run) => {
  const verdict = elapsedAbout(predicted, 150)(run);
  if (verdict.pass || peakInFlight(spansMatching(run.spans, 'GET /delay')) > permits) return verdict;
  return withHint(() => verdict, {
    en: 'does release() wake up someone waiting in line?',
    zh: 'release() 有没有唤醒队伍里正在等待的人？',
  })(run);
};

export default checks(
  custom(
    (run) => spansMatching(run.spans, 'GET /delay').filter((span) => span.outcome === 'ok').length === seconds.length,
    `all ${seconds.length} requests were answered`,
    `${seconds.length} 个请求都得到了响应`,
  ),
  withHint(maxInFlight('GET /delay', permits), {
    en: 'acquire() must wait when no permit is free',
    zh: '没有空闲许可时，acquire() 必须等待',
  }),
  inFlightAtLeast('GET /delay', permits),
  withHint(firstComeFirstServed, {
    en: 'release() should wake the one who has waited longest (shift, not pop), and every download should go through the semaphore',
    zh: 'release() 应唤醒等待最久的那个（用 shift，而不是 pop），并且每个下载都要经过信号量',
  }),
  elapsedAsPredicted,
  custom(
    (run) => run.spans.every((span) => span.queuedAt === undefined),
    'the requests waited in your semaphore (no createClient line)',
    '请求是在你写的信号量里排队的（没有借助 createClient 的队伍）',
  ),
);

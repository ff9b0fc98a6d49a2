import { checks, elapsedAbout, inFlightAtLeast, lineOf, maxInFlight, nothingAwaited, spanCount, spansMatching, withHint } from '@lab/checks';
import type { Check } from '@lab/checks';

const pages = 10;
const limit = 3;
// 10 requests, 3 at a time, 1 s each: ceil(10 / 3) = 4 rounds.
const rounds = Math.ceil(pages / limit);

/**
 * The count line reports what the requests really did (counted here from their spans, not typed
 * in), and was printed once the last of them had ended.
 */
const countedTheOutcomes: Check = (run) => {
  const requests = spansMatching(run.spans, 'GET /flaky');
  const ok = requests.filter((span) => span.outcome === 'ok').length;
  const failed = requests.filter((span) => span.outcome === 'error').length;
  const expected = `${ok} succeeded, ${failed} failed`;
  const line = lineOf(run, /\d+ succeeded, \d+ failed/);
  if (!line) return { pass: false, en: `never printed the count (expected "${expected}")`, zh: `没有打印统计结果（应为 "${expected}"）` };
  const lastEnd = Math.max(0, ...requests.map((span) => span.end));
  const pass = line.text.includes(expected) && line.at >= lastEnd;
  return {
    pass,
    en: `printed "${line.text}" at ${Math.round(line.at)} ms; the requests show "${expected}", the last ending at ${Math.round(lastEnd)} ms`,
    zh: `在 ${Math.round(line.at)} 毫秒打印了 "${line.text}"；请求的实际结果是 "${expected}"，最后一个在 ${Math.round(lastEnd)} 毫秒结束`,
  };
};

export default checks(
  withHint(spanCount('GET /flaky', pages), {
    en: 'crawl all ten pages, once each',
    zh: '十个页面都要抓取，每个一次',
  }),
  withHint(maxInFlight('request', limit), {
    en: 'send every request through one client made with createClient({ limit: 3 })',
    zh: '所有请求都要通过同一个 createClient({ limit: 3 }) 创建的客户端发出',
  }),
  withHint(inFlightAtLeast('request', limit), {
    en: 'are the requests waiting for each other? Start them all: the client queues the extra ones',
    zh: '请求之间是不是在互相等待？把它们全部发出去，多出来的由客户端排队',
  }),
  withHint(elapsedAbout(rounds * 1000, 300), {
    en: '10 requests, 3 at a time, 1 s each: that is 4 rounds',
    zh: '10 个请求，每次 3 个，每个 1 秒：一共 4 轮',
  }),
  withHint(
    countedTheOutcomes,
    (run) =>
      nothingAwaited(run) ?? {
        en: 'keep every outcome, failures included, and count the ones that were rejected once all have settled',
        zh: '保留每个请求的结果（包括失败的），等全部结束后再数一数有几个被 reject 了',
      },
  ),
);

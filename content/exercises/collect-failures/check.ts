import { checks, custom, elapsedAbout, formatMs, inFlightAtLeast, spanCount, withHint, type Check, type RunRecord, type Span } from '@lab/checks';

// Six requests started together: /delay/1, /json and /delay/2 and /delay/3 succeed, /status/500
// and /status/404 fail, and the slowest (/delay/3) answers at 3 s. What the report must say is
// read from the run's own spans (which requests ended ok, which with an error), not from a list
// written here.

const requests = (run: RunRecord) => run.spans.filter((span) => span.kind === 'request');
const urlOf = (span: Span) => span.label.replace(/^GET /, '');
const lastEnd = (run: RunRecord) => Math.max(0, ...requests(run).map((span) => span.end));

/** The first printed line that starts with "<n> <word>:", with its list split on commas. */
function reportLine(run: RunRecord, word: 'succeeded' | 'failed') {
  const pattern = new RegExp(`^(\\d+) ${word}:(.*)$`);
  for (const entry of run.console) {
    if (entry.level !== 'log' && entry.level !== 'info') continue;
    const match = pattern.exec(entry.text.trim());
    if (match)
      return {
        count: Number(match[1]),
        items: match[2]!
          .split(',')
          .map((item) => item.trim())
          .filter(Boolean),
        at: entry.at,
      };
  }
  return undefined;
}

/** The report names exactly the requests whose spans ended with `outcome`, and was printed once they had all ended. */
function reports(word: 'succeeded' | 'failed', outcome: 'ok' | 'error'): Check {
  return (run) => {
    const expected = requests(run)
      .filter((span) => span.outcome === outcome)
      .map(urlOf);
    const line = reportLine(run, word);
    const zhWord = word === 'succeeded' ? '成功' : '失败';
    if (!line) {
      return { pass: false, en: `no "<count> ${word}: …" line was printed`, zh: `没有打印 "<数量> ${word}: …" 这一行（${zhWord}的报告）` };
    }
    const missing = expected.filter((url) => !line.items.some((item) => item === url || item.startsWith(`${url} `)));
    const extra = line.items.filter((item) => !expected.some((url) => item === url || item.startsWith(`${url} `)));
    const wrongStatus =
      word === 'failed' ? line.items.filter((item) => /^\/status\/(\d+)/.test(item) && !item.includes(`(${/^\/status\/(\d+)/.exec(item)![1]})`)) : [];
    if (missing.length > 0 || extra.length > 0 || line.count !== expected.length || wrongStatus.length > 0) {
      const problem =
        missing.length > 0
          ? `missing ${missing.join(', ')}`
          : extra.length > 0
            ? `it names ${extra.join(', ')}, which did not ${word === 'succeeded' ? 'succeed' : 'fail'}`
            : wrongStatus.length > 0
              ? `give each failure its status: ${wrongStatus.join(', ')}`
              : `the count says ${line.count}`;
      const problemZh =
        missing.length > 0
          ? `缺少 ${missing.join(', ')}`
          : extra.length > 0
            ? `其中的 ${extra.join(', ')} 并没有${zhWord}`
            : wrongStatus.length > 0
              ? `每个失败都要写上状态码：${wrongStatus.join(', ')}`
              : `数量写的是 ${line.count}`;
      return {
        pass: false,
        en: `"${word}" should list the ${expected.length} requests that ${word === 'succeeded' ? 'succeeded' : 'failed'} (${expected.join(', ') || 'none'}): ${problem}`,
        zh: `“${word}”这一行应列出${zhWord}的 ${expected.length} 个请求（${expected.join(', ') || '无'}）：${problemZh}`,
      };
    }
    const end = lastEnd(run);
    const early = line.at < end - 1;
    return {
      pass: !early,
      en: early
        ? `"${word}" was printed at ${formatMs(line.at)}, before the last request ended (${formatMs(end)})`
        : `"${word}" lists all ${expected.length}, printed at ${formatMs(line.at)} once every request had ended`,
      zh: early
        ? `“${word}”在 ${formatMs(line.at, 'zh')} 就打印了，早于最后一个请求结束（${formatMs(end, 'zh')}）`
        : `“${word}”列全了 ${expected.length} 个，在所有请求结束后的 ${formatMs(line.at, 'zh')} 打印`,
    };
  };
}

/** Nothing kept the run going after the slowest request: no waiting past it. */
const noLongerThanTheSlowest = custom(
  (run) => requests(run).length > 0 && run.virtualMs <= lastEnd(run) + 150,
  (run) => `the run ended at ${formatMs(run.virtualMs)}, the slowest request at ${formatMs(lastEnd(run))}`,
  (run) => `运行在 ${formatMs(run.virtualMs, 'zh')} 结束，最慢的请求在 ${formatMs(lastEnd(run), 'zh')} 结束`,
);

export default checks(
  withHint(inFlightAtLeast('request', 6), {
    en: 'start all six requests before awaiting any of them',
    zh: '先把六个请求全部发出去，再 await',
  }),
  spanCount('request', 6),
  withHint(reports('succeeded', 'ok'), {
    en: 'Promise.all gives up at the first failure, and its successes are lost with it: Promise.allSettled keeps every outcome',
    zh: 'Promise.all 在第一个失败时就放弃了，已经成功的结果也跟着丢了：Promise.allSettled 会保留每一个结果',
  }),
  withHint(reports('failed', 'error'), {
    en: 'every failure counts, not only the first one',
    zh: '每一个失败都要算上，不只是第一个',
  }),
  withHint(elapsedAbout(3000, 300), {
    en: 'the batch should take as long as its slowest request, 3 s',
    zh: '整批请求的用时应等于最慢的那个：3 秒',
  }),
  noLongerThanTheSlowest,
);

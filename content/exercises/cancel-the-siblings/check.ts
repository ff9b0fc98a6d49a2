import { checks, custom, elapsedAbout, formatMs, spansMatching, withHint } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

/** The failure comes from /status/503, which answers after 1 s. */
const failureAt = 1000;

/** Every sibling request was aborted (not left to finish) at about the failure time. */
const siblingsAborted: Check = (run) => {
  const siblings = spansMatching(run.spans, 'GET /delay');
  const late = siblings.filter((span) => span.outcome !== 'aborted' || Math.abs(span.end - failureAt) > 100);
  if (siblings.length === 0) {
    return { pass: false, en: 'the two /delay requests never ran', zh: '两个 /delay 请求根本没有运行' };
  }
  if (late.length === 0) {
    return {
      pass: true,
      en: `both /delay requests were aborted at about ${formatMs(failureAt)}`,
      zh: `两个 /delay 请求都在约 ${formatMs(failureAt, 'zh')} 时被中止`,
    };
  }
  const describe = (lang: 'en' | 'zh') =>
    late
      .map((span) => {
        const at = formatMs(span.end, lang);
        if (lang === 'en') {
          const how = span.outcome === 'ok' ? 'ran to its end' : span.outcome === 'aborted' ? 'was aborted' : `ended "${span.outcome}"`;
          return `${span.label} ${how} at ${at}`;
        }
        const how = span.outcome === 'ok' ? '一直运行到结束' : span.outcome === 'aborted' ? '被中止' : `以 "${span.outcome}" 结束`;
        return `${span.label} 在 ${at} ${how}`;
      })
      .join(lang === 'en' ? '; ' : '；');
  return {
    pass: false,
    en: `${describe('en')}; expected every /delay request aborted at about ${formatMs(failureAt)}`,
    zh: `${describe('zh')}；预期每个 /delay 请求都在约 ${formatMs(failureAt, 'zh')} 时被中止`,
  };
};

export default checks(
  custom(
    (run) => run.console.some((entry) => /failed at .*503/.test(entry.text)),
    'the failure of /status/503 was reported ("dashboard failed at …")',
    '报告了 /status/503 的失败（"dashboard failed at …"）',
  ),
  withHint(siblingsAborted, {
    en: 'does anything call controller.abort() when a request fails?',
    zh: '有请求失败时，有没有代码去调用 controller.abort()？',
  }),
  withHint(elapsedAbout(failureAt, 150), {
    en: 'the run lasts as long as any request is still pending',
    zh: '只要还有请求没结束，运行就不会结束',
  }),
);

import { checks, elapsedAbout, formatMs, printed, spansMatching, withHint } from '../../../src/lab/checks';
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
      .map((span) =>
        lang === 'en'
          ? `${span.label} ended ${span.outcome === 'aborted' ? 'aborted' : `with outcome "${span.outcome}"`} at ${formatMs(span.end)}`
          : `${span.label} 在 ${formatMs(span.end, 'zh')} 结束,结果为 ${span.outcome === 'aborted' ? '已中止' : `"${span.outcome}"`}`,
      )
      .join(lang === 'en' ? '; ' : ';');
  return {
    pass: false,
    en: `${describe('en')}; expected every /delay request aborted at about ${formatMs(failureAt)}`,
    zh: `${describe('zh')};预期每个 /delay 请求都在约 ${formatMs(failureAt, 'zh')} 时被中止`,
  };
};

export default checks(
  printed(/failed at .*503/),
  withHint(siblingsAborted, {
    en: 'does anything call controller.abort() when a request fails?',
    zh: '有请求失败时,有没有代码去调用 controller.abort()?',
  }),
  withHint(elapsedAbout(failureAt, 150), {
    en: 'the run lasts as long as any request is still pending',
    zh: '只要还有请求没结束,运行就不会结束',
  }),
);

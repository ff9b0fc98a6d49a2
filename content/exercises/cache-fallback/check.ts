import { checks, elapsedAbout, formatMs, spansMatching, withHint } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

const deadline = 5000;
const answer = 'rate 1.08 (from cache)';

/** The cached answer was printed, at about the deadline. */
const cachedAnswerOnTime: Check = (run) => {
  const line = run.console.find((entry) => entry.text.includes(answer));
  if (!line) return { pass: false, en: `never printed "${answer}"`, zh: `没有打印 "${answer}"` };
  const pass = Math.abs(line.at - deadline) <= 150;
  return {
    pass,
    en: `printed "${answer}" at ${formatMs(line.at)}, expected at about ${formatMs(deadline)}`,
    zh: `在 ${formatMs(line.at, 'zh')} 打印了 "${answer}"，预期约在 ${formatMs(deadline, 'zh')}`,
  };
};

/** The slow request was aborted at the deadline instead of running to its end at 8 s. */
const slowWorkAborted: Check = (run) => {
  const request = spansMatching(run.spans, 'GET /delay/8')[0];
  if (!request) return { pass: false, en: 'the request to /delay/8 never ran', zh: '对 /delay/8 的请求根本没有运行' };
  const pass = request.outcome === 'aborted' && Math.abs(request.end - deadline) <= 150;
  const how = request.outcome === 'aborted' ? 'was aborted' : request.outcome === 'ok' ? 'ran to its end' : `ended with outcome "${request.outcome}"`;
  const howZh = request.outcome === 'aborted' ? '被中止' : request.outcome === 'ok' ? '一直运行到结束' : `以 "${request.outcome}" 结束`;
  return {
    pass,
    en: `the slow request ${how} at ${formatMs(request.end)}, expected aborted at about ${formatMs(deadline)}`,
    zh: `慢请求在 ${formatMs(request.end, 'zh')} ${howZh}，预期在约 ${formatMs(deadline, 'zh')} 时被中止`,
  };
};

export default checks(
  cachedAnswerOnTime,
  withHint(slowWorkAborted, {
    en: 'losing a race does not stop a request: only its signal can',
    zh: '输掉赛跑并不会让请求停下，只有它的 signal 才能',
  }),
  withHint(elapsedAbout(deadline, 150), {
    en: 'is something still pending after the answer?',
    zh: '给出答案之后，是不是还有操作挂着没结束？',
  }),
);

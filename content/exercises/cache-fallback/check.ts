import { checks, elapsedAbout, lineOf, nothingAwaited, printedAt, spansMatching, withHint } from '@lab/checks';
import type { Check } from '@lab/checks';

const deadline = 5000;
const answer = `rate 1.08 (from cache)`;

/** The slow request was aborted at the deadline instead of running to its end at 8 s. */
const slowWorkAborted: Check = (run) => {
  const request = spansMatching(run.spans, 'GET /delay/8')[0];
  if (!request) return { pass: false, en: 'the request to /delay/8 never ran', zh: '对 /delay/8 的请求根本没有运行' };
  const pass = request.outcome === 'aborted' && Math.abs(request.end - deadline) <= 150;
  const how = request.outcome === 'aborted' ? 'was aborted' : request.outcome === 'ok' ? 'ran to its end' : `ended with outcome "${request.outcome}"`;
  const howZh = request.outcome === 'aborted' ? '被中止' : request.outcome === 'ok' ? '一直运行到结束' : `以 "${request.outcome}" 结束`;
  return {
    pass,
    en: `the slow request ${how} at ${Math.round(request.end)} ms, expected aborted at about ${deadline} ms`,
    zh: `慢请求在 ${Math.round(request.end)} 毫秒${howZh}，预期在约 ${deadline} 毫秒时被中止`,
  };
};

/** The cached answer came from the same deadline that stopped the request: printed in that turn. */
const answeredAtTheAbort: Check = (run) => {
  const request = spansMatching(run.spans, 'GET /delay/8')[0];
  const line = lineOf(run, answer);
  if (!request || !line) return { pass: false, en: `never printed "${answer}" beside an aborted request`, zh: `没有在中止请求的同时打印 "${answer}"` };
  const pass = request.outcome === 'aborted' && line.turn === request.endTurn;
  return {
    pass,
    en: pass
      ? 'the cached answer was given when the deadline stopped the request'
      : `the cached answer (${Math.round(line.at)} ms) and the request's end (${Math.round(request.end)} ms) came from different moments, expected one deadline for both`,
    zh: pass
      ? '截止时间中止请求的同时给出了缓存答案'
      : `缓存答案（${Math.round(line.at)} 毫秒）和请求结束（${Math.round(request.end)} 毫秒）来自不同的时刻，应由同一个截止时间同时触发`,
  };
};

export default checks(
  withHint(
    printedAt(answer, deadline, 150),
    (run) => nothingAwaited(run) ?? { en: 'give the cached answer when the 5 s deadline passes', zh: '到 5 秒截止时间时给出缓存答案' },
  ),
  withHint(slowWorkAborted, {
    en: 'losing a race does not stop a request: only its signal can',
    zh: '输掉赛跑并不会让请求停下，只有它的 signal 才能',
  }),
  withHint(answeredAtTheAbort, {
    en: 'one deadline should both stop the request and give the cached answer',
    zh: '应由同一个截止时间既中止请求又给出缓存答案',
  }),
  withHint(elapsedAbout(deadline, 150), {
    en: 'is something still pending after the answer?',
    zh: '给出答案之后，是不是还有操作挂着没结束？',
  }),
);

import { checks, formatMs, withHint, type Check, type RunRecord, type Span } from '@lab/checks';

// Two services, told apart by their spans' labels. Every check below is computed from the
// requests' start and end times: how long the code waited between attempts, and where the 4 s
// deadline fell (4 s after the first request to the service that never recovers). A busy machine
// can add real time to a wait, so growth allows 50 ms of slack between neighbours.

const recovering = 'GET /flaky?fail=3&ms=200';
const broken = 'GET /flaky?fail=all&ms=200';
const deadlineMs = 4000;
const budgetMs = 10_000;

const attempts = (run: RunRecord, label: string): Span[] => run.spans.filter((span) => span.label === label).sort((a, b) => a.start - b.start);
/** The pauses between one attempt's end and the next one's start. */
const waits = (spans: Span[]): number[] => spans.slice(1).map((span, i) => span.start - spans[i]!.end);
const list = (values: number[]) => values.map((ms) => formatMs(ms)).join(', ');
const listZh = (values: number[]) => values.map((ms) => formatMs(ms, 'zh')).join('、');

const recovers: Check = (run) => {
  const spans = attempts(run, recovering);
  const last = spans[spans.length - 1];
  const pass = spans.length === 4 && last?.outcome === 'ok' && last.end <= spans[0]!.start + budgetMs;
  return {
    pass,
    en: `/flaky?fail=3: ${spans.length} attempt(s), the last ${last ? `ended ${last.outcome} at ${formatMs(last.end)}` : 'never made'}; expected 4, the fourth succeeding within ${formatMs(budgetMs)}`,
    zh: `/flaky?fail=3：尝试了 ${spans.length} 次，最后一次${last ? `在 ${formatMs(last.end, 'zh')} 以 ${last.outcome} 结束` : '根本没有发出'}；应为 4 次，第四次在 ${formatMs(budgetMs, 'zh')} 内成功`,
  };
};

/** No wait shorter than the one before (50 ms of slack), and the last at least 1.5 × the first: they grow. */
function waitsGrow(label: string, name: string, minWaits: number): Check {
  return (run) => {
    const gaps = waits(attempts(run, label));
    const grows =
      gaps.length >= minWaits && gaps[0]! >= 10 && gaps.every((gap, i) => i === 0 || gap >= gaps[i - 1]! - 50) && gaps[gaps.length - 1]! >= 1.5 * gaps[0]!;
    return {
      pass: grows,
      en: `${name}: waits between attempts ${gaps.length > 0 ? list(gaps) : '(none)'}; expected at least ${minWaits}, growing`,
      zh: `${name}：两次尝试之间的等待为 ${gaps.length > 0 ? listZh(gaps) : '（无）'}；应至少 ${minWaits} 次，而且逐次变长`,
    };
  };
}

/**
 * When the deadline fell: 4 s after the first attempt, or, when a busy machine made the abort
 * fire a little late on the run's clock (real CPU time counts there), the moment a request or
 * wait of that phase was actually aborted.
 */
const deadlineOf = (run: RunRecord) => {
  const first = attempts(run, broken)[0];
  if (first === undefined) return undefined;
  const nominal = first.start + deadlineMs;
  const fired = run.spans.filter((span) => span.outcome === 'aborted' && span.end >= nominal && span.end <= nominal + 1000).map((span) => span.end);
  return fired.length > 0 ? Math.min(...fired) : nominal;
};

const noRetryAfterDeadline: Check = (run) => {
  const deadline = deadlineOf(run);
  const spans = attempts(run, broken);
  if (deadline === undefined) return { pass: false, en: `/flaky?fail=all was never requested`, zh: `从未请求 /flaky?fail=all` };
  const late = spans.filter((span) => span.start >= deadline - 1);
  return {
    pass: late.length === 0 && spans.length >= 3,
    en:
      late.length > 0
        ? `/flaky?fail=all: an attempt started at ${formatMs(late[0]!.start)}, after the deadline (${formatMs(deadline)})`
        : `/flaky?fail=all: ${spans.length} attempts, all before the deadline (${formatMs(deadline)}); expected at least 3`,
    zh:
      late.length > 0
        ? `/flaky?fail=all：有一次尝试在 ${formatMs(late[0]!.start, 'zh')} 开始，晚于截止时间（${formatMs(deadline, 'zh')}）`
        : `/flaky?fail=all：尝试了 ${spans.length} 次，都在截止时间（${formatMs(deadline, 'zh')}）之前；应至少 3 次`,
  };
};

/** The "gave up" line came at the deadline: not before (gave up early), not after (waited past it). */
const stopsAtDeadline: Check = (run) => {
  const deadline = deadlineOf(run);
  const line = run.console.find((entry) => (entry.level === 'log' || entry.level === 'info') && entry.text.includes('gave up'));
  if (deadline === undefined || !line) return { pass: false, en: 'never printed "gave up"', zh: '没有打印 "gave up"' };
  const pass = Math.abs(line.at - deadline) <= 100 && run.virtualMs <= deadline + 100;
  return {
    pass,
    en: `gave up at ${formatMs(line.at)} and the run ended at ${formatMs(run.virtualMs)}; the deadline was ${formatMs(deadline)}`,
    zh: `在 ${formatMs(line.at, 'zh')} 放弃，运行在 ${formatMs(run.virtualMs, 'zh')} 结束；截止时间是 ${formatMs(deadline, 'zh')}`,
  };
};

export default checks(
  recovers,
  withHint(waitsGrow(recovering, '/flaky?fail=3', 3), {
    en: 'wait before each retry, longer each time: base × 2^attempt, with some randomness',
    zh: '每次重试前都要等一等，而且一次比一次久：base × 2^attempt，再加一点随机',
  }),
  withHint(waitsGrow(broken, '/flaky?fail=all', 3), {
    en: 'the waits must grow for the broken service too',
    zh: '对那个坏掉的服务，等待也要逐次变长',
  }),
  withHint(noRetryAfterDeadline, {
    en: 'check the signal before retrying, and give it to http.get',
    zh: '重试前先检查 signal，并把它交给 http.get',
  }),
  withHint(stopsAtDeadline, (run) => {
    const deadline = deadlineOf(run);
    const line = run.console.find((entry) => entry.text.includes('gave up'));
    if (deadline !== undefined && line && line.at < deadline)
      return { en: 'it gave up before the deadline: keep retrying until the signal aborts', zh: '还没到截止时间就放弃了：要一直重试到 signal 中止为止' };
    return { en: 'pass the signal to sleep() too, so the deadline cuts a wait short', zh: '把 signal 也交给 sleep()，截止时间才能打断等待' };
  }),
);

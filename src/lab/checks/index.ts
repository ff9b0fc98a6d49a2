/**
 * Helpers for exercises' check.ts files. A check looks at a finished RunRecord and returns a
 * verdict in both languages that says what was measured and what was expected:
 * "took 3.00 s, expected about 1.00 s".
 *
 * @example
 * // content/exercises/overlap-waits/check.ts
 * import { checks, elapsedAbout, printed } from '@lab/checks';
 * export default checks(elapsedAbout(1000), printed('done'));
 *
 * `@lab/checks` is a path alias for this module (tsconfig.json, astro.config.mjs,
 * vitest.config.ts), so a check.ts needs no `../../../src/lab/...`.
 */
import type { Check, ConsoleEntry, RunRecord, Span, Verdict } from '../types';
import { formatMs } from '../trace/format-ms';
import { peakInFlight, spansMatching, type SpanFilter } from '../trace/spans';

export { formatMs } from '../trace/format-ms';
export { peakInFlight, spansMatching, type SpanFilter } from '../trace/spans';
export * from './behaviour';
/** The shapes a check.ts works with, so it needs only this one import. */
export type { Check, ConsoleEntry, RunRecord, Span, SpanKind, SpanOutcome, Verdict } from '../types';
// The simulated world's data, so a check computes what a correct program prints instead of typing it in.
export { findUser, userLatency } from '../library/fixtures';

const verdict = (pass: boolean, en: string, zh: string): Verdict => ({ pass, en, zh });

const quote = (text: string | RegExp) => (typeof text === 'string' ? JSON.stringify(text) : String(text));
const matches = (line: string, text: string | RegExp) => (typeof text === 'string' ? line.includes(text) : text.test(line));
const output = (run: RunRecord): ConsoleEntry[] => run.console.filter((entry) => entry.level === 'log' || entry.level === 'info');

/** The code ran to its end without an uncaught error or a timeout. */
export function ranToTheEnd(): Check {
  return (run) => {
    if (run.status === 'ok') return verdict(true, 'ran to the end without an error', '顺利运行到结束，没有报错');
    if (run.status === 'error') {
      const where = run.error?.position ? ` (line ${run.error.position.line})` : '';
      const whereZh = run.error?.position ? `（第 ${run.error.position.line} 行）` : '';
      const message = run.error?.message ?? '';
      return verdict(false, `stopped with an error${where}: ${message}`, `运行出错${whereZh}：${message}`);
    }
    if (run.status === 'timeout') return verdict(false, 'did not finish: the run was stopped by a time limit', '没有结束：运行超出了时间限制，被强制停止');
    return verdict(false, 'the run was stopped before it finished', '运行在结束前被停止了');
  };
}

/**
 * The run took about `ms` on its clock: within `tolerance` ms (default: 10 % of `ms`, at least 50 ms).
 */
export function elapsedAbout(ms: number, tolerance = Math.max(50, ms * 0.1)): Check {
  return (run) => {
    const took = run.virtualMs;
    const pass = Math.abs(took - ms) <= tolerance;
    return verdict(pass, `took ${formatMs(took)}, expected about ${formatMs(ms)}`, `用时 ${formatMs(took, 'zh')}，预期约 ${formatMs(ms, 'zh')}`);
  };
}

/** At no moment were more than `n` matching operations in flight at once. */
export function maxInFlight(filter: SpanFilter, n: number): Check {
  return (run) => {
    const peak = peakInFlight(spansMatching(run.spans, filter), 'any');
    const what = typeof filter === 'string' ? filter : String(filter);
    return verdict(peak <= n, `${what}: at most ${n} in flight at once, and the most was ${peak}`, `${what}：同时进行的最多应为 ${n} 个，实际最多 ${peak} 个`);
  };
}

/** At some moment at least `n` matching operations were in flight together: they overlapped. */
export function inFlightAtLeast(filter: SpanFilter, n: number): Check {
  return (run) => {
    const peak = peakInFlight(spansMatching(run.spans, filter), 'any');
    const what = typeof filter === 'string' ? filter : String(filter);
    return verdict(peak >= n, `${what}: at least ${n} in flight at once, and the most was ${peak}`, `${what}：应至少有 ${n} 个同时进行，实际最多 ${peak} 个`);
  };
}

/** The lines containing these texts were printed in this order (other lines may come between). */
export function order(texts: Array<string | RegExp>): Check {
  return (run) => {
    const lines = output(run).map((entry) => entry.text);
    let from = 0;
    for (const [index, text] of texts.entries()) {
      const found = lines.findIndex((line, i) => i >= from && matches(line, text));
      if (found < 0) {
        const earlier = lines.findIndex((line) => matches(line, text));
        const previous = index > 0 ? quote(texts[index - 1]!) : '';
        if (earlier >= 0 && previous) {
          return verdict(false, `${quote(text)} was printed before ${previous}, expected after it`, `${quote(text)} 出现在 ${previous} 之前，应该在它之后`);
        }
        return verdict(false, `${quote(text)} was never printed`, `没有打印 ${quote(text)}`);
      }
      from = found + 1;
    }
    const list = texts.map(quote).join(' → ');
    return verdict(true, `printed in the expected order: ${list}`, `打印顺序正确：${list}`);
  };
}

/**
 * Lines containing `text` (a heartbeat) were printed at least twice and never more than `ms`
 * apart on the run's clock.
 */
export function heartbeatGapAtMost(ms: number, text: string | RegExp = 'heartbeat'): Check {
  return (run) => {
    const beats = output(run)
      .filter((entry) => matches(entry.text, text))
      .map((entry) => entry.at);
    if (beats.length < 2) {
      return verdict(
        false,
        `the heartbeat (${quote(text)}) was printed ${beats.length} time(s), expected at least 2`,
        `心跳（${quote(text)}）只打印了 ${beats.length} 次，至少应有 2 次`,
      );
    }
    let worst = 0;
    let worstAt = 0;
    for (let i = 1; i < beats.length; i++) {
      const gap = beats[i]! - beats[i - 1]!;
      if (gap > worst) [worst, worstAt] = [gap, beats[i - 1]!];
    }
    const span = `${formatMs(worstAt)}–${formatMs(worstAt + worst)}`;
    const spanZh = `${formatMs(worstAt, 'zh')}–${formatMs(worstAt + worst, 'zh')}`;
    return verdict(
      worst <= ms,
      `longest gap between heartbeats: ${formatMs(worst)} (${span}), expected at most ${formatMs(ms)}`,
      `心跳最长间隔 ${formatMs(worst, 'zh')}(${spanZh})，应不超过 ${formatMs(ms, 'zh')}`,
    );
  };
}

/** Some printed line contains `text` (or matches it, for a RegExp). */
export function printed(text: string | RegExp): Check {
  return (run) => {
    const found = output(run).some((entry) => matches(entry.text, text));
    return verdict(found, found ? `printed ${quote(text)}` : `never printed ${quote(text)}`, found ? `打印了 ${quote(text)}` : `没有打印 ${quote(text)}`);
  };
}

function deepEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  return keysA.length === keysB.length && keysA.every((key) => deepEqual((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key]));
}

/** The module's default export equals `value` (deeply). */
export function returned(value: unknown): Check {
  return (run) => {
    const pass = deepEqual(run.result, value);
    const got = run.resultText ?? 'nothing';
    const expected = JSON.stringify(value);
    return verdict(pass, `exported ${got}, expected ${expected}`, `导出的值是 ${got}，预期 ${expected}`);
  };
}

/** Every matching span ended by `ms` on the run's clock (give or take `tolerance`). */
export function allEndedBy(filter: SpanFilter, ms: number, tolerance = 50): Check {
  return (run) => {
    const spans = spansMatching(run.spans, filter);
    const last = spans.reduce<Span | undefined>((latest, span) => (!latest || span.end > latest.end ? span : latest), undefined);
    const lastEnd = last?.end ?? 0;
    const pass = spans.length > 0 && lastEnd <= ms + tolerance;
    const name = last?.label ?? String(filter);
    return verdict(
      pass,
      spans.length === 0 ? `no ${String(filter)} ran at all` : `the last one (${name}) ended at ${formatMs(lastEnd)}, expected by about ${formatMs(ms)}`,
      spans.length === 0
        ? `根本没有运行任何 ${String(filter)}`
        : `最后一个（${name}）在 ${formatMs(lastEnd, 'zh')} 结束，预期约 ${formatMs(ms, 'zh')} 之前结束`,
    );
  };
}

/** A line containing `text` was printed at about `ms` on the run's clock. */
export function printedAt(text: string | RegExp, ms: number, tolerance = Math.max(50, ms * 0.05)): Check {
  return (run) => {
    const entry = output(run).find((e) => matches(e.text, text));
    if (!entry) return verdict(false, `never printed ${quote(text)}`, `没有打印 ${quote(text)}`);
    return verdict(
      Math.abs(entry.at - ms) <= tolerance,
      `printed ${quote(text)} at ${formatMs(entry.at)}, expected at about ${formatMs(ms)}`,
      `${quote(text)} 在 ${formatMs(entry.at, 'zh')} 打印，预期约在 ${formatMs(ms, 'zh')}`,
    );
  };
}

/**
 * Every matching operation ended with `outcome` ('aborted', 'error', 'ok'), and, when `at` is
 * given, at about that time: "the siblings were aborted at the failure, not at their end".
 */
export function endedWith(filter: SpanFilter, outcome: Span['outcome'], at?: number, tolerance = 100): Check {
  return (run) => {
    const spans = spansMatching(run.spans, filter);
    const what = String(filter);
    if (spans.length === 0) return verdict(false, `no ${what} ran at all`, `根本没有运行任何 ${what}`);
    const wrong = spans.find((span) => span.outcome !== outcome);
    if (wrong) {
      return verdict(
        false,
        `${wrong.label} ended ${wrong.outcome} at ${formatMs(wrong.end)}, expected ${outcome}`,
        `${wrong.label} 在 ${formatMs(wrong.end, 'zh')} 以 ${wrong.outcome} 结束，应为 ${outcome}`,
      );
    }
    const late = at === undefined ? undefined : spans.find((span) => Math.abs(span.end - at) > tolerance);
    if (late && at !== undefined) {
      return verdict(
        false,
        `${late.label} ended at ${formatMs(late.end)}, expected at about ${formatMs(at)}`,
        `${late.label} 在 ${formatMs(late.end, 'zh')} 结束，预期约在 ${formatMs(at, 'zh')}`,
      );
    }
    const when = at === undefined ? '' : ` at about ${formatMs(at)}`;
    const whenZh = at === undefined ? '' : `，约在 ${formatMs(at, 'zh')}`;
    return verdict(true, `every ${what} ended ${outcome}${when}`, `所有 ${what} 都以 ${outcome} 结束${whenZh}`);
  };
}

/** Lines containing `text` were printed exactly `n` times. */
export function printedTimes(text: string | RegExp, n: number): Check {
  return (run) => {
    const count = output(run).filter((entry) => matches(entry.text, text)).length;
    return verdict(count === n, `printed ${quote(text)} ${count} time(s), expected ${n}`, `${quote(text)} 打印了 ${count} 次，预期 ${n} 次`);
  };
}

/** Exactly `n` matching operations ran (sleeps, requests...). */
export function spanCount(filter: SpanFilter, n: number): Check {
  return (run) => {
    const count = spansMatching(run.spans, filter).length;
    const what = String(filter);
    return verdict(count === n, `${what}: ${count} ran, expected ${n}`, `${what}：运行了 ${count} 个，预期 ${n} 个`);
  };
}

type Message = string | ((run: RunRecord) => string);

/**
 * A check with its own test and wording, for what the helpers above do not cover. The wording
 * may be a function of the run, to say what was measured.
 */
export function custom(test: (run: RunRecord) => boolean, en: Message, zh: Message): Check {
  const say = (message: Message, run: RunRecord) => (typeof message === 'string' ? message : message(run));
  return (run) => verdict(test(run), say(en, run), say(zh, run));
}

type Hint = { en: string; zh: string };

/**
 * Adds a hint to a check's message when it fails. The hint may depend on the run (return
 * undefined for no hint), to name the likely cause.
 */
export function withHint(check: Check, hint: Hint | ((run: RunRecord) => Hint | undefined)): Check {
  return (run) => {
    const result = check(run);
    const chosen = typeof hint === 'function' ? hint(run) : hint;
    return result.pass || !chosen ? result : { ...result, en: `${result.en}: ${chosen.en}`, zh: `${result.zh}：${chosen.zh}` };
  };
}

/** An exercise's full list: "ran to the end" first, then the given checks. */
export function checks(...list: Check[]): (run: RunRecord) => Verdict[] {
  const all = [ranToTheEnd(), ...list];
  return (run) => all.map((check) => check(run));
}

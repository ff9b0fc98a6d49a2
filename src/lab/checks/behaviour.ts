/**
 * Checks that judge what a run did from what the sandbox measured: its spans, the loop's turns,
 * the stretches where the loop was blocked, the times it stamped on every printed line. A printed
 * line's *text* is the reader's and proves nothing about timing; its `at` and `turn` are the
 * sandbox's. These are what exercises use so that printing the expected line, or typing the
 * expected numbers, does not pass.
 */
import type { Check, ConsoleEntry, RunRecord, Span, Verdict } from '../types';
import { spansMatching, type SpanFilter } from '../trace/spans';

const verdict = (pass: boolean, en: string, zh: string): Verdict => ({ pass, en, zh });
const matches = (line: string, text: string | RegExp) => (typeof text === 'string' ? line.includes(text) : text.test(line));
const quote = (text: string | RegExp) => (typeof text === 'string' ? JSON.stringify(text) : String(text));

/** Same wording as formatMs in index.ts (kept here so this module stands alone). */
function ms(value: number, lang: 'en' | 'zh' = 'en'): string {
  if (Math.abs(value) >= 1000) return lang === 'en' ? `${(value / 1000).toFixed(2)} s` : `${(value / 1000).toFixed(2)} 秒`;
  return lang === 'en' ? `${Math.round(value)} ms` : `${Math.round(value)} 毫秒`;
}

/** Lines printed with console.log / console.info, in order. */
export function outputLines(run: RunRecord): ConsoleEntry[] {
  return run.console.filter((entry) => entry.level === 'log' || entry.level === 'info');
}

/** The first printed line containing `text` (or matching it). */
export function lineOf(run: RunRecord, text: string | RegExp): ConsoleEntry | undefined {
  return outputLines(run).find((entry) => matches(entry.text, text));
}

/** The longest stretch the loop was blocked (a `blocked` span), if any. */
export function longestBlock(run: RunRecord): Span | undefined {
  return spansMatching(run.spans, 'blocked').reduce<Span | undefined>(
    (worst, span) => (!worst || span.end - span.start > worst.end - worst.start ? span : worst),
    undefined,
  );
}

/** The loop was never blocked for more than `limit` ms at a stretch. */
export function loopNeverBlockedOver(limit: number): Check {
  return (run) => {
    const worst = longestBlock(run);
    if (!worst || worst.end - worst.start <= limit) {
      const longest = worst ? worst.end - worst.start : 0;
      return verdict(
        true,
        `the loop was never blocked for more than ${ms(limit)} (longest: ${ms(longest)})`,
        `事件循环从未被阻塞超过 ${ms(limit, 'zh')}（最长 ${ms(longest, 'zh')}）`,
      );
    }
    const length = worst.end - worst.start;
    return verdict(
      false,
      `the loop was blocked for ${ms(length)} (${ms(worst.start)}–${ms(worst.end)}), expected never more than ${ms(limit)}`,
      `事件循环被阻塞了 ${ms(length, 'zh')}（${ms(worst.start, 'zh')}–${ms(worst.end, 'zh')}），应始终不超过 ${ms(limit, 'zh')}`,
    );
  };
}

/**
 * How long an operation was meant to take: blockFor(N) holds the loop N ms by definition, and
 * its span can only look longer when the machine took the thread away for a moment.
 */
function nominalMs(span: Span): number {
  const asked = span.kind === 'blockFor' ? /^blockFor\((\d+(?:\.\d+)?)\)$/.exec(span.label) : null;
  return asked ? Number(asked[1]) : span.end - span.start;
}

/**
 * The matching operations (synchronous ones, like blockFor) never held the loop for more than
 * `limit` ms in one turn: between them the loop got a turn for its timers. Counted from the
 * spans and the turns they ran in, so a busy machine cannot make correct code fail.
 */
export function workPerTurnAtMost(filter: SpanFilter, limit: number): Check {
  return (run) => {
    const perTurn = new Map<number, { ms: number; from: number; to: number; count: number }>();
    for (const span of spansMatching(run.spans, filter)) {
      const turn = span.startTurn ?? -1;
      const entry = perTurn.get(turn) ?? { ms: 0, from: span.start, to: span.end, count: 0 };
      entry.ms += nominalMs(span);
      entry.to = span.end;
      entry.count++;
      perTurn.set(turn, entry);
    }
    const worst = [...perTurn.values()].reduce<{ ms: number; from: number; to: number; count: number } | undefined>(
      (a, b) => (!a || b.ms > a.ms ? b : a),
      undefined,
    );
    const most = worst?.ms ?? 0;
    const what = String(filter);
    if (!worst || most <= limit) {
      return verdict(
        true,
        `the loop got a turn at least every ${ms(limit)} of ${what} work (longest: ${ms(most)})`,
        `每做最多 ${ms(limit, 'zh')} 的 ${what} 工作，事件循环就能转一圈（最长 ${ms(most, 'zh')}）`,
      );
    }
    return verdict(
      false,
      `${worst.count} × ${what} ran back to back for ${ms(most)} (${ms(worst.from)}–${ms(worst.to)}) without letting the loop take a turn, expected at most ${ms(limit)} at a time`,
      `${worst.count} 次 ${what} 连续运行了 ${ms(most, 'zh')}（${ms(worst.from, 'zh')}–${ms(worst.to, 'zh')}），期间事件循环一直没有机会转一圈，每次最多应为 ${ms(limit, 'zh')}`,
    );
  };
}

/**
 * A line containing `text` was printed, and only after every matching span had ended: what it
 * shows can have come from those operations. Printing the expected line first fails here.
 */
export function printedAfter(text: string | RegExp, filter: SpanFilter): Check {
  return (run) => {
    const line = lineOf(run, text);
    if (!line) return verdict(false, `never printed ${quote(text)}`, `没有打印 ${quote(text)}`);
    const spans = spansMatching(run.spans, filter);
    if (spans.length === 0)
      return verdict(false, `printed ${quote(text)}, but no ${String(filter)} ran at all`, `打印了 ${quote(text)}，但根本没有运行任何 ${String(filter)}`);
    const lastEnd = Math.max(...spans.map((span) => span.end));
    const open = spans.filter((span) => span.outcome === 'pending');
    const pass = open.length === 0 && line.at >= lastEnd;
    return verdict(
      pass,
      `printed ${quote(text)} at ${ms(line.at)}; the last ${String(filter)} ended at ${ms(lastEnd)} (expected the line after it)`,
      `${quote(text)} 在 ${ms(line.at, 'zh')} 打印；最后一个 ${String(filter)} 在 ${ms(lastEnd, 'zh')} 结束（这一行应在它之后）`,
    );
  };
}

/** The spans matching `filter`, as labels in start order, are exactly `labels` (in any order when `ordered` is false). */
export function ranExactly(filter: SpanFilter, labels: string[], ordered = false): Check {
  return (run) => {
    const got = spansMatching(run.spans, filter).map((span) => span.label);
    const a = ordered ? got : [...got].sort();
    const b = ordered ? labels : [...labels].sort();
    const pass = a.length === b.length && a.every((label, i) => label === b[i]);
    const list = (items: string[]) => (items.length ? items.join(', ') : 'none');
    return verdict(pass, `ran ${list(got)}; expected ${list(labels)}`, `运行了 ${list(got)}；预期 ${list(labels)}`);
  };
}

/**
 * Every span matching `followers` ended in the same turn of the loop as the first span matching
 * `cause`, with outcome `outcome`: they stopped *because of* it, not merely at about the same time
 * (a timer set for the right moment runs in a later turn).
 */
export function endedInSameTurn(followers: SpanFilter, cause: SpanFilter, outcome: Span['outcome']): Check {
  return (run) => {
    const trigger = spansMatching(run.spans, cause)[0];
    const spans = spansMatching(run.spans, followers);
    if (!trigger) return verdict(false, `no ${String(cause)} ran at all`, `根本没有运行任何 ${String(cause)}`);
    if (spans.length === 0) return verdict(false, `no ${String(followers)} ran at all`, `根本没有运行任何 ${String(followers)}`);
    const wrong = spans.find((span) => span.outcome !== outcome || span.endTurn !== trigger.endTurn);
    if (!wrong) {
      return verdict(
        true,
        `every ${String(followers)} was ${outcome} as soon as ${trigger.label} ended (${ms(trigger.end)})`,
        `${trigger.label} 一结束（${ms(trigger.end, 'zh')}），所有 ${String(followers)} 都随即 ${outcome}`,
      );
    }
    const how =
      wrong.outcome === outcome
        ? `${outcome} at ${ms(wrong.end)}, but in a later task than ${trigger.label} ended in (${ms(trigger.end)})`
        : `ended ${wrong.outcome} at ${ms(wrong.end)}`;
    const howZh =
      wrong.outcome === outcome
        ? `在 ${ms(wrong.end, 'zh')} ${outcome}，但发生在 ${trigger.label} 结束（${ms(trigger.end, 'zh')}）之后的另一个任务里`
        : `在 ${ms(wrong.end, 'zh')} 以 ${wrong.outcome} 结束`;
    return verdict(
      false,
      `${wrong.label} ${how}; expected ${outcome} by what ${trigger.label}'s end set off`,
      `${wrong.label} ${howZh}；应由 ${trigger.label} 的结束直接引发 ${outcome}`,
    );
  };
}

/** A hint for runs whose every line appeared at 0 ms although the exercise waits: nothing was awaited. */
export function nothingAwaited(run: RunRecord): { en: string; zh: string } | undefined {
  const lines = outputLines(run);
  if (lines.length === 0 || lines.some((line) => line.at >= 1)) return undefined;
  return { en: 'the lines appeared at 0 ms: nothing was awaited before printing them', zh: '这些行都在 0 毫秒出现：打印之前什么都没有等待' };
}

/** Built-ins the reader's code replaced, as the sandbox found them at the end (RunRecord.patched). */
export function leftTheClockAlone(names: string[] = ['performance.now', 'Date', 'Date.now']): Check {
  return (run) => {
    const touched = (run.patched ?? []).filter((name) => names.includes(name));
    if (touched.length === 0) return verdict(true, 'measured with the sandbox clock as it is', '使用沙箱原本的时钟进行测量');
    const list = touched.join(', ');
    return verdict(false, `${list} was replaced by the code, so its timings are not measurements`, `代码替换了 ${list}，因此得到的时间并不是真实测量值`);
  };
}

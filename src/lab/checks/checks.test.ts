import { describe, expect, test } from 'vitest';
import type { RunRecord, Span } from '../types';
import {
  allEndedBy,
  checks,
  custom,
  elapsedAbout,
  endedWith,
  formatMs,
  heartbeatGapAtMost,
  inFlightAtLeast,
  maxInFlight,
  order,
  printed,
  printedAt,
  printedTimes,
  returned,
  spanCount,
  withHint,
} from './index';
import { inFlightSteps, peakInFlight } from '../trace/spans';

function record(overrides: Partial<RunRecord> = {}): RunRecord {
  return { status: 'ok', clock: 'instant', console: [], droppedConsole: 0, virtualMs: 0, realMs: 1, spans: [], droppedSpans: 0, ...overrides };
}
const log = (...lines: Array<[string, number]>) => lines.map(([text, at]) => ({ level: 'log' as const, text, at }));
let nextId = 1;
const span = (label: string, start: number, end: number, kind: Span['kind'] = 'request'): Span => ({ id: nextId++, label, kind, start, end, outcome: 'ok' });

describe('elapsedAbout', () => {
  test('says what was measured and what was expected', () => {
    expect(elapsedAbout(1000)(record({ virtualMs: 3002 }))).toEqual({
      pass: false,
      en: 'took 3.00 s, expected about 1.00 s',
      zh: '用时 3.00 秒，预期约 1.00 秒',
    });
  });

  test.each([
    [1000, 1000, true],
    [1099, 1000, true],
    [1101, 1000, false],
    [951, 1000, true],
    [80, 100, true],
    [151, 100, false],
  ])('%i ms against about %i ms passes: %s', (took, expected, pass) => {
    expect(elapsedAbout(expected)(record({ virtualMs: took })).pass).toBe(pass);
  });

  test('a given tolerance replaces the default', () => {
    expect(elapsedAbout(4000, 20)(record({ virtualMs: 4030 })).pass).toBe(false);
  });
});

describe('in flight', () => {
  test('spans that touch end-to-start do not overlap', () => {
    expect(peakInFlight([span('a', 0, 1000), span('b', 1000, 2000)])).toBe(1);
  });

  test('the peak counts spans open at the same moment', () => {
    const spans = [span('a', 0, 1000), span('b', 10, 1000), span('c', 20, 500), span('d', 600, 900)];
    expect(peakInFlight(spans)).toBe(3);
    expect(inFlightSteps(spans)).toEqual([
      [0, 1],
      [10, 2],
      [20, 3],
      [500, 2],
      [600, 3],
      [900, 2],
      [1000, 0],
    ]);
  });

  test('maxInFlight filters by kind or label and reports the peak', () => {
    const run = record({ spans: [span('GET /delay/1', 0, 1000), span('GET /delay/1', 0, 1000), span('sleep(5)', 0, 5, 'sleep')] });
    expect(maxInFlight('request', 1)(run)).toEqual({
      pass: false,
      en: 'request: at most 1 in flight at once, and the most was 2',
      zh: 'request：同时进行的最多应为 1 个，实际最多 2 个',
    });
    expect(maxInFlight('GET /delay', 2)(run).pass).toBe(true);
    expect(maxInFlight(/sleep/, 1)(run).pass).toBe(true);
  });

  test('inFlightAtLeast wants the operations to overlap', () => {
    const sequential = record({ spans: [span('sleep(1000)', 0, 1000, 'sleep'), span('sleep(1000)', 1000, 2000, 'sleep')] });
    expect(inFlightAtLeast('sleep', 2)(sequential)).toEqual({
      pass: false,
      en: 'sleep: at least 2 in flight at once, and the most was 1',
      zh: 'sleep：应至少有 2 个同时进行，实际最多 1 个',
    });
    const together = record({ spans: [span('sleep(1000)', 0, 1000, 'sleep'), span('sleep(1000)', 1, 1001, 'sleep')] });
    expect(inFlightAtLeast('sleep', 2)(together).pass).toBe(true);
  });
});

describe('order', () => {
  const run = record({ console: log(['sync', 0], ['microtask', 0], ['timeout', 1]) });

  test('passes when the texts appear in order, with other lines between', () => {
    expect(order(['sync', 'timeout'])(run).pass).toBe(true);
  });

  test('says which line came too early', () => {
    expect(order(['timeout', 'sync'])(run)).toMatchObject({ pass: false, en: '"sync" was printed before "timeout", expected after it' });
  });

  test('says which line never came', () => {
    expect(order(['sync', 'never'])(run)).toMatchObject({ pass: false, en: '"never" was never printed' });
  });
});

describe('heartbeatGapAtMost', () => {
  test('finds the longest gap and where it was', () => {
    const run = record({ console: log(['heartbeat', 100], ['heartbeat', 200], ['heartbeat', 820], ['heartbeat', 920]) });
    expect(heartbeatGapAtMost(150)(run)).toMatchObject({
      pass: false,
      en: 'longest gap between heartbeats: 620 ms (200 ms–820 ms), expected at most 150 ms',
    });
  });

  test('passes when every gap is short enough', () => {
    const run = record({ console: log(['beat', 100], ['beat', 210], ['beat', 340]) });
    expect(heartbeatGapAtMost(150, 'beat')(run).pass).toBe(true);
  });

  test('one heartbeat is not enough to judge', () => {
    expect(heartbeatGapAtMost(150)(record({ console: log(['heartbeat', 100]) })).pass).toBe(false);
  });
});

describe('printed, returned, allEndedBy', () => {
  test('printed matches part of a line or a RegExp, and ignores errors', () => {
    const run = record({ console: [...log(['total: 42', 5]), { level: 'error', text: 'oops', at: 6 }] });
    expect(printed('total: 42')(run).pass).toBe(true);
    expect(printed(/total: \d+/)(run).pass).toBe(true);
    expect(printed('oops')(run)).toEqual({ pass: false, en: 'never printed "oops"', zh: '没有打印 "oops"' });
  });

  test('returned compares deeply', () => {
    expect(returned([1, { a: 2 }])(record({ result: [1, { a: 2 }], resultText: '[ 1, { a: 2 } ]' })).pass).toBe(true);
    expect(returned([1, 2])(record({ result: [2, 1], resultText: '[ 2, 1 ]' }))).toMatchObject({ pass: false, en: 'exported [ 2, 1 ], expected [1,2]' });
  });

  test('allEndedBy looks at the last matching span to end', () => {
    const run = record({ spans: [span('fetchUser(1)', 0, 300, 'fetchUser'), span('fetchUser(2)', 0, 1900, 'fetchUser')] });
    expect(allEndedBy('fetchUser', 300)(run)).toMatchObject({ pass: false, en: 'the last one (fetchUser(2)) ended at 1.90 s, expected by about 300 ms' });
    expect(allEndedBy('fetchUser', 2000)(run).pass).toBe(true);
    expect(allEndedBy('sleep', 2000)(run).pass).toBe(false);
  });
});

describe('counting helpers and custom wording', () => {
  test('printedTimes counts matching lines', () => {
    const run = record({ console: log(['start baking', 1], ['start baking', 2], ['done', 3]) });
    expect(printedTimes('start baking', 1)(run)).toEqual({
      pass: false,
      en: 'printed "start baking" 2 time(s), expected 1',
      zh: '"start baking" 打印了 2 次，预期 1 次',
    });
    expect(printedTimes(/done/, 1)(run).pass).toBe(true);
  });

  test('spanCount counts matching spans', () => {
    const run = record({ spans: [span('blockFor(20)', 0, 20, 'blockFor'), span('blockFor(20)', 25, 45, 'blockFor')] });
    expect(spanCount('blockFor', 2)(run)).toEqual({ pass: true, en: 'blockFor: 2 ran, expected 2', zh: 'blockFor：运行了 2 个，预期 2 个' });
    expect(spanCount('blockFor', 10)(run).pass).toBe(false);
  });

  test('custom can word its verdict from the run', () => {
    const check = custom(
      (run) => run.virtualMs < 100,
      (run) => `took ${run.virtualMs} ms`,
      (run) => `用时 ${run.virtualMs} 毫秒`,
    );
    expect(check(record({ virtualMs: 120 }))).toEqual({ pass: false, en: 'took 120 ms', zh: '用时 120 毫秒' });
  });
});

describe('time-aware helpers', () => {
  test('printedAt finds the line and compares its time', () => {
    const run = record({ console: log(['rate 1.08 (from cache)', 5003]) });
    expect(printedAt('from cache', 5000)(run).pass).toBe(true);
    expect(printedAt('from cache', 8000)(run)).toMatchObject({ pass: false, en: 'printed "from cache" at 5.00 s, expected at about 8.00 s' });
    expect(printedAt('fresh', 5000)(run)).toMatchObject({ pass: false, en: 'never printed "fresh"' });
  });

  test('endedWith wants every matching span to end that way, at about that time', () => {
    const aborted = (label: string, end: number): Span => ({ ...span(label, 0, end), outcome: 'aborted' });
    const run = record({ spans: [aborted('GET /delay/3', 1000), aborted('GET /delay/5', 1010)] });
    expect(endedWith('GET /delay', 'aborted', 1000)(run)).toMatchObject({ pass: true, en: 'every GET /delay ended aborted at about 1.00 s' });
    const late = record({ spans: [aborted('GET /delay/3', 1000), { ...span('GET /delay/5', 0, 5000) }] });
    expect(endedWith('GET /delay', 'aborted', 1000)(late)).toMatchObject({ pass: false, en: 'GET /delay/5 ended ok at 5.00 s, expected aborted' });
    expect(endedWith('GET /delay', 'aborted', 3000)(run)).toMatchObject({ pass: false, en: 'GET /delay/3 ended at 1.00 s, expected at about 3.00 s' });
  });

  test('withHint can choose its hint from the run', () => {
    const hinted = withHint(elapsedAbout(1000), (run) => (run.virtualMs > 2000 ? { en: 'sequential?', zh: '逐个执行？' } : undefined));
    expect(hinted(record({ virtualMs: 3000 })).en).toBe('took 3.00 s, expected about 1.00 s: sequential?');
    expect(hinted(record({ virtualMs: 1500 })).en).toBe('took 1.50 s, expected about 1.00 s');
  });
});

describe('checks', () => {
  test('puts "ran to the end" first, naming the line of an error', () => {
    const run = record({ status: 'error', error: { name: 'Error', message: 'boom', text: 'Error: boom', position: { line: 3, column: 1 } } });
    const verdicts = checks(printed('x'))(run);
    expect(verdicts[0]).toEqual({ pass: false, en: 'stopped with an error (line 3): boom', zh: '运行出错（第 3 行）：boom' });
    expect(verdicts).toHaveLength(2);
  });

  test('a timeout fails the first verdict', () => {
    expect(checks()(record({ status: 'timeout', timeoutReason: 'blocked' }))[0]!.pass).toBe(false);
  });

  test('withHint adds the hint only when the check fails', () => {
    const hinted = withHint(elapsedAbout(1000), { en: 'are you awaiting each call in turn?', zh: '是不是在逐个 await?' });
    expect(hinted(record({ virtualMs: 3000 })).en).toBe('took 3.00 s, expected about 1.00 s: are you awaiting each call in turn?');
    expect(hinted(record({ virtualMs: 1000 })).en).toBe('took 1.00 s, expected about 1.00 s');
  });

  test('formatMs switches to seconds at one second', () => {
    expect([formatMs(999), formatMs(1000), formatMs(2345, 'zh')]).toEqual(['999 ms', '1.00 s', '2.35 秒']);
  });
});

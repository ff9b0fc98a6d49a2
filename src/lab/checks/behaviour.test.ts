import { describe, expect, test } from 'vitest';
import type { ConsoleEntry, RunRecord, Span } from '../types';
import { endedInSameTurn, leftTheClockAlone, loopNeverBlockedOver, nothingAwaited, printedAfter, ranExactly, workPerTurnAtMost } from './behaviour';

let nextId = 1;
const span = (label: string, kind: Span['kind'], start: number, end: number, turns: [number, number], outcome: Span['outcome'] = 'ok'): Span => ({
  id: nextId++,
  label,
  kind,
  start,
  end,
  outcome,
  startTurn: turns[0],
  endTurn: turns[1],
});
const line = (text: string, at: number, turn = 1): ConsoleEntry => ({ level: 'log', text, at, turn });
const record = (spans: Span[], console: ConsoleEntry[] = [], extra: Partial<RunRecord> = {}): RunRecord => ({
  status: 'ok',
  clock: 'instant',
  console,
  droppedConsole: 0,
  virtualMs: 1000,
  realMs: 5,
  spans,
  droppedSpans: 0,
  ...extra,
});

describe('behaviour checks', () => {
  test('printedAfter: the line must come after every matching span ended', () => {
    const spans = [span('sleep(1000)', 'sleep', 0, 1000, [0, 2]), span('sleep(1000)', 'sleep', 0, 1000, [0, 3])];
    expect(printedAfter('ready', 'sleep(1000)')(record(spans, [line('ready', 1000, 3)])).pass).toBe(true);
    const early = printedAfter('ready', 'sleep(1000)')(record(spans, [line('ready', 0, 0)]));
    expect(early.pass).toBe(false);
    expect(early.en).toBe('printed "ready" at 0 ms; the last sleep(1000) ended at 1.00 s (expected the line after it)');
  });

  test('endedInSameTurn tells an abort caused by a failure from a timer set for the same moment', () => {
    const failure = span('GET /status/503', 'request', 0, 1000, [1, 4], 'error');
    const caused = record([failure, span('GET /delay/3', 'request', 0, 1000, [1, 4], 'aborted')]);
    const timed = record([failure, span('GET /delay/3', 'request', 0, 1000, [1, 5], 'aborted')]);
    expect(endedInSameTurn('GET /delay', 'GET /status/503', 'aborted')(caused).pass).toBe(true);
    const verdict = endedInSameTurn('GET /delay', 'GET /status/503', 'aborted')(timed);
    expect(verdict.pass).toBe(false);
    expect(verdict.en).toContain('in a later task');
  });

  test('workPerTurnAtMost adds up the work done in one turn', () => {
    const inOneTurn = Array.from({ length: 10 }, (_, i) => span('blockFor(20)', 'blockFor', 250 + i * 20, 270 + i * 20, [3, 3]));
    const spread = Array.from({ length: 10 }, (_, i) => span('blockFor(20)', 'blockFor', 250 + i * 21, 270 + i * 21, [3 + i, 3 + i]));
    const blocked = workPerTurnAtMost('blockFor(20)', 100)(record(inOneTurn));
    expect(blocked.pass).toBe(false);
    expect(blocked.en).toContain('10 × blockFor(20) ran back to back for 200 ms');
    expect(workPerTurnAtMost('blockFor(20)', 100)(record(spread)).pass).toBe(true);
  });

  test('loopNeverBlockedOver reads the blocked spans', () => {
    expect(loopNeverBlockedOver(200)(record([span('loop blocked', 'blocked', 300, 1300, [2, 2])])).en).toBe(
      'the loop was blocked for 1.00 s (300 ms–1.30 s), expected never more than 200 ms',
    );
    expect(loopNeverBlockedOver(200)(record([span('loop blocked', 'blocked', 300, 330, [2, 2])])).pass).toBe(true);
  });

  test('ranExactly, nothingAwaited and leftTheClockAlone', () => {
    const users = [span('fetchUser(4)', 'fetchUser', 0, 1048, [1, 3]), span('fetchUser(6)', 'fetchUser', 0, 922, [1, 2])];
    expect(ranExactly('fetchUser', ['fetchUser(6)', 'fetchUser(4)'])(record(users)).pass).toBe(true);
    expect(ranExactly('fetchUser', ['fetchUser(4)', 'fetchUser(6)', 'fetchUser(9)'])(record(users)).pass).toBe(false);
    expect(nothingAwaited(record([], [line('a', 0), line('b', 0.4)]))?.en).toContain('appeared at 0 ms');
    expect(nothingAwaited(record([], [line('a', 0), line('b', 1000)]))).toBeUndefined();
    expect(leftTheClockAlone()(record([], [], { patched: ['performance.now'] })).pass).toBe(false);
    expect(leftTheClockAlone()(record([], [], { patched: ['Math.floor'] })).pass).toBe(true);
  });
});

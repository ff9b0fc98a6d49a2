import { describe, expect, test } from 'vitest';
import type { RunRecord, Span } from '../../../lab';
import { closestChoice, judge, maskTimes, measure, type Question } from './judge';

function run(lines: Array<string | [string, number]>, extra: Partial<RunRecord> = {}): RunRecord {
  return {
    status: 'ok',
    clock: 'instant',
    console: lines.map((line) => (typeof line === 'string' ? { level: 'log', text: line, at: 0 } : { level: 'log', text: line[0], at: line[1] })),
    droppedConsole: 0,
    virtualMs: 1000,
    realMs: 2,
    spans: [],
    droppedSpans: 0,
    ...extra,
  };
}

const span = (id: number, kind: Span['kind'], start: number, end: number): Span => ({ id, label: `${kind} ${id}`, kind, start, end, outcome: 'ok' });
const order: Question = { kind: 'order', lines: [], hideTimes: false };

describe('judging an order', () => {
  const printed = run(['sync', 'microtask', 'timer']);

  test('the order the run printed is right', () => {
    expect(judge(order, { kind: 'order', lines: ['sync', 'microtask', 'timer'] }, printed)).toEqual({
      right: true,
      kind: 'order',
      actual: ['sync', 'microtask', 'timer'],
      misplaced: [false, false, false],
    });
  });

  test('any other order is wrong, and the misplaced lines are marked', () => {
    expect(judge(order, { kind: 'order', lines: ['sync', 'timer', 'microtask'] }, printed)).toMatchObject({ right: false, misplaced: [false, true, true] });
  });

  test('numbers that moved a little since the build do not matter', () => {
    const later = run(['upload done at 703 ms', 'heartbeat 703']);
    expect(judge(order, { kind: 'order', lines: ['upload done at 701 ms', 'heartbeat 701'] }, later)).toMatchObject({ right: true });
  });

  test('masked times compare equal to the times they hide', () => {
    const gathered = run(['user 1 arrived at 937 ms', 'user 3 arrived at 1011 ms']);
    const lines = ['user 3 arrived at … ms', 'user 1 arrived at … ms'];
    expect(judge(order, { kind: 'order', lines }, gathered)).toMatchObject({ right: false, misplaced: [true, true] });
    expect(judge(order, { kind: 'order', lines: [...lines].reverse() }, gathered)).toMatchObject({ right: true });
  });

  test('a run that printed other lines (edited code) cannot be judged', () => {
    expect(judge(order, { kind: 'order', lines: ['a', 'b'] }, run(['a', 'c']))).toEqual({ problem: 'lines-differ' });
  });

  test('an uncaught error report is not one of the lines to order', () => {
    const failed = run(['a', 'b'], { status: 'error' });
    failed.console.push({ level: 'error', text: 'Uncaught Error: boom', at: 0 });
    expect(judge(order, { kind: 'order', lines: ['a', 'b'] }, failed)).toMatchObject({ right: true });
  });

  test('a stopped run cannot be judged', () => {
    expect(judge(order, { kind: 'order', lines: ['sync'] }, run(['sync'], { status: 'stopped' }))).toEqual({ problem: 'status', status: 'stopped' });
  });
});

describe('judging a time', () => {
  const choices: Question = { kind: 'time', measure: { of: 'elapsed' }, choices: [1000, 2000, 3000], tolerance: 250 };

  test('the choice nearest the measured time is right, the others wrong', () => {
    const took = run([], { virtualMs: 1013 });
    expect(judge(choices, { kind: 'number', value: 1000 }, took)).toEqual({ right: true, kind: 'number', actual: 1013 });
    expect(judge(choices, { kind: 'number', value: 3000 }, took)).toEqual({ right: false, kind: 'number', actual: 1013 });
  });

  test('a number is right within the stated tolerance', () => {
    const typed: Question = { kind: 'time', measure: { of: 'elapsed' }, tolerance: 250 };
    expect(judge(typed, { kind: 'number', value: 3200 }, run([], { virtualMs: 3005 }))).toMatchObject({ right: true });
    expect(judge(typed, { kind: 'number', value: 3300 }, run([], { virtualMs: 3005 }))).toMatchObject({ right: false });
  });

  test('the time of the nth matching line', () => {
    const question: Question = { kind: 'time', measure: { of: 'line', text: 'heartbeat', nth: 3 }, choices: [300, 450, 700], tolerance: 250 };
    const beats = run([
      ['heartbeat 100', 100],
      ['heartbeat 200', 200],
      ['upload', 250],
      ['heartbeat 701', 701],
    ]);
    expect(measure(question, beats)).toBe(701);
    expect(judge(question, { kind: 'number', value: 700 }, beats)).toMatchObject({ right: true });
    expect(judge(question, { kind: 'number', value: 300 }, beats)).toMatchObject({ right: false });
    expect(measure(question, run(['heartbeat 100']))).toEqual({ problem: 'no-line', text: 'heartbeat', nth: 3 });
  });
});

describe('judging a count', () => {
  const inFlight: Question = { kind: 'count', measure: { of: 'in-flight', spans: 'request' } };
  const requests = run([], { spans: [span(1, 'request', 0, 1000), span(2, 'request', 0, 1000), span(3, 'request', 1000, 2000), span(4, 'sleep', 0, 2000)] });

  test('the most requests open at once, read from the spans', () => {
    expect(judge(inFlight, { kind: 'number', value: 2 }, requests)).toEqual({ right: true, kind: 'number', actual: 2 });
    expect(judge(inFlight, { kind: 'number', value: 3 }, requests)).toEqual({ right: false, kind: 'number', actual: 2 });
  });

  test('spans in all, and printed lines', () => {
    expect(measure({ kind: 'count', measure: { of: 'spans', spans: 'request' } }, requests)).toBe(3);
    expect(measure({ kind: 'count', measure: { of: 'lines', text: 'beat' } }, run(['beat', 'x', 'beat']))).toBe(2);
  });

  test('no matching span means no answer', () => {
    expect(measure(inFlight, run(['x']))).toEqual({ problem: 'no-spans', spans: 'request' });
  });
});

test('helpers', () => {
  expect(maskTimes('ready at 1000 ms, then 2.5ms; user 3')).toBe('ready at … ms, then …ms; user 3');
  expect(closestChoice([1000, 2000, 3000], 1499)).toBe(1000);
  expect(closestChoice([1000, 2000, 3000], 2600)).toBe(3000);
});

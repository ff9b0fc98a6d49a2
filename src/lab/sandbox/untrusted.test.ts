import { describe, expect, test } from 'vitest';
import { readWorkerMessage } from './untrusted';

const span = { id: 1, label: 'sleep(1000)', kind: 'sleep', start: 0, end: 1000, outcome: 'ok', startTurn: 1, endTurn: 2 };
const progress = { spans: [span], droppedConsole: 0, virtualMs: 1000, realMs: 2 };

describe('readWorkerMessage: what a run worker says is checked, not trusted', () => {
  test('well-formed messages come through, rebuilt from their known fields only', () => {
    const read = readWorkerMessage({ kind: 'console', entries: [{ level: 'log', text: '<img src=x onerror=alert(1)>', at: 5, turn: 1, extra: 'x' }] });
    // Markup stays text: the UI puts it in textContent (output-view.ts).
    expect(read).toEqual({ kind: 'console', entries: [{ level: 'log', text: '<img src=x onerror=alert(1)>', at: 5, turn: 1 }] });
    expect(readWorkerMessage({ kind: 'done', status: 'ok', droppedSpans: 0, patched: ['Math.floor'], ...progress })).toMatchObject({
      kind: 'done',
      status: 'ok',
      patched: ['Math.floor'],
    });
  });

  test.each([
    ['null', null],
    ['a string', 'done'],
    ['an unknown kind', { kind: 'take-over' }],
    ['console entries that are not a list', { kind: 'console', entries: 5 }],
    ['a console entry with a non-finite time', { kind: 'console', entries: [{ level: 'log', text: 'x', at: Infinity }] }],
    ['a console entry of an unknown level', { kind: 'console', entries: [{ level: 'html', text: 'x', at: 0 }] }],
    ['a span of an unknown kind', { kind: 'progress', ...progress, spans: [{ ...span, kind: 'magic' }] }],
    ['a span with a text time', { kind: 'progress', ...progress, spans: [{ ...span, end: '1000' }] }],
    ['progress with NaN virtual time', { kind: 'progress', ...progress, virtualMs: NaN }],
    ['a done with an unknown status', { kind: 'done', ...progress, status: 'passed', droppedSpans: 0 }],
  ])('drops %s', (_, message) => {
    expect(readWorkerMessage(message)).toBeUndefined();
  });

  test('a getter on a message is read once as data and never kept', () => {
    let reads = 0;
    const message = {
      kind: 'console',
      entries: [
        {
          level: 'log',
          at: 1,
          get text() {
            reads++;
            return 'hi';
          },
        },
      ],
    };
    const read = readWorkerMessage(message);
    expect(read).toEqual({ kind: 'console', entries: [{ level: 'log', text: 'hi', at: 1 }] });
    expect(Object.getOwnPropertyDescriptor((read as { entries: object[] }).entries[0], 'text')).toHaveProperty('value', 'hi');
    expect(reads).toBeLessThanOrEqual(2);
  });
});

describe('a recording run’s trace (Step through)', () => {
  const base = { kind: 'progress', spans: [], droppedConsole: 0, virtualMs: 0, realMs: 1 };
  const events = [
    { e: 'step', kind: 'script', line: 1, at: 0, console: 0 },
    { e: 'job', job: 1, line: 3, queued: true },
    { e: 'set', timer: 1, kind: 'timer', line: 2, due: 1 },
  ];

  test('crosses to the page rebuilt from its known fields', () => {
    const read = readWorkerMessage({ ...base, inspector: { events: [...events, { e: 'exit', frame: 0, extra: '<b>x</b>' }], truncated: false } });
    expect(read).toMatchObject({ kind: 'progress', inspector: { truncated: false } });
    const trace = (read as { inspector: { events: object[] } }).inspector;
    expect(trace.events).toEqual([...events, { e: 'exit', frame: 0 }]);
  });

  test('is left out, and the rest of the message kept, when an event does not fit', () => {
    for (const bad of [{ e: 'step', kind: 'eval', line: 1, at: 0, console: 0 }, { e: 'park', frame: 1, line: Number.NaN }, { e: 'nope' }, null]) {
      const read = readWorkerMessage({ ...base, inspector: { events: [...events, bad], truncated: false } });
      expect(read).toEqual({ kind: 'progress', spans: [], droppedConsole: 0, virtualMs: 0, realMs: 1 });
    }
  });
});

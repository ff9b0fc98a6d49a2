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
  const numbers = new Float64Array([6, 0]);

  test('crosses to the page as its numbers and strings (read event by event later, packed-trace.ts)', () => {
    const read = readWorkerMessage({ ...base, inspector: { numbers, strings: ['f'], truncated: false, extra: '<b>x</b>' } });
    expect(read).toEqual({ ...base, inspector: { numbers, strings: ['f'], truncated: false } });
  });

  test('is left out, and the rest of the message kept, when it is not a packed trace', () => {
    for (const bad of [{ events: [], truncated: false }, { numbers: [6, 0], strings: [], truncated: false }, null]) {
      const read = readWorkerMessage({ ...base, inspector: bad });
      expect(read).toEqual({ kind: 'progress', spans: [], droppedConsole: 0, virtualMs: 0, realMs: 1 });
    }
  });
});

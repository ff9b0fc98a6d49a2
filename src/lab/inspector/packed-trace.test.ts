import { describe, expect, test } from 'vitest';
import { TraceWriter } from '../sandbox/trace-writer';
import type { RecordedEvent } from './events';
import { readPackedTrace, unpackTrace, type PackedTrace } from './packed-trace';
import { recordInNode } from './testing/record-in-node';

/** Every kind of event, each optional field both present and absent. */
function writeAll(writer: TraceWriter): RecordedEvent[] {
  writer.step('script', 1, 0, undefined, undefined, undefined, 0);
  writer.job(1, 3, true, undefined, undefined);
  writer.job(2, 5, false, 7, 'load');
  writer.enter(7, 'load', 4);
  writer.park(7, 5);
  writer.set(-3, 'io', 9, 1000.5, 'GET /users');
  writer.set(4, 'timer', 2, 1, undefined);
  writer.step('microtask', 3, 0.25, 1, undefined, 7, 2);
  writer.step('io', 9, 1000.5, undefined, -3, undefined, 3);
  writer.enqueue(2);
  writer.drop(2);
  writer.clear(4);
  writer.exit(7);
  return [
    { e: 'step', kind: 'script', line: 1, at: 0, console: 0 },
    { e: 'job', job: 1, line: 3, queued: true },
    { e: 'job', job: 2, line: 5, queued: false, frame: 7, name: 'load' },
    { e: 'enter', frame: 7, name: 'load', line: 4 },
    { e: 'park', frame: 7, line: 5 },
    { e: 'set', timer: -3, kind: 'io', line: 9, due: 1000.5, label: 'GET /users' },
    { e: 'set', timer: 4, kind: 'timer', line: 2, due: 1 },
    { e: 'step', kind: 'microtask', line: 3, at: 0.25, job: 1, frame: 7, console: 2 },
    { e: 'step', kind: 'io', line: 9, at: 1000.5, timer: -3, console: 3 },
    { e: 'enqueue', job: 2 },
    { e: 'drop', job: 2 },
    { e: 'clear', timer: 4 },
    { e: 'exit', frame: 7 },
  ];
}

/** What the page receives: a structured clone, the buffer transferred. */
const posted = (chunk: PackedTrace): unknown => structuredClone(chunk, { transfer: [chunk.numbers.buffer] });

describe('the packed trace (worker → page)', () => {
  test('every event crosses as it was written, names shared through one table', () => {
    const writer = new TraceWriter();
    const expected = writeAll(writer);
    const chunk = writer.take(false);
    expect(chunk.strings).toEqual(['load', 'GET /users']);
    const read = readPackedTrace(posted(chunk));
    expect(chunk.numbers.byteLength).toBe(0); // transferred, not copied
    expect(unpackTrace(read!)).toEqual({ events: expected, truncated: false });
  });

  test('take() starts a new chunk: its string indexes are its own', () => {
    const writer = new TraceWriter();
    writer.enter(1, 'first', 1);
    writer.take(false);
    writer.enter(2, 'second', 2);
    const second = writer.take(true);
    expect(unpackTrace(second)).toEqual({ events: [{ e: 'enter', frame: 2, name: 'second', line: 2 }], truncated: true });
  });

  test('grows past its first buffer', () => {
    const writer = new TraceWriter();
    for (let i = 0; i < 5000; i++) writer.park(i, i + 1);
    const events = unpackTrace(writer.take(false))!.events;
    expect(events).toHaveLength(5000);
    expect(events[4999]).toEqual({ e: 'park', frame: 4999, line: 5000 });
  });

  test('a real recording has every kind of event', async () => {
    const code = [
      'async function f() { await null; }',
      'setTimeout(() => log("t"), 5);',
      'Promise.resolve().then(() => f()).catch(() => 0).finally(() => log("f"));',
      'const id = setInterval(() => clearInterval(id), 1);',
      'queueMicrotask(() => log("q"));',
    ].join('\n');
    const { trace } = await recordInNode(code);
    expect(new Set(trace!.events.map((event) => event.e))).toEqual(new Set(['step', 'job', 'enter', 'park', 'exit', 'set', 'clear', 'enqueue', 'drop']));
  });

  test('names are bounded; a chunk that is not numbers and strings is refused', () => {
    const writer = new TraceWriter();
    writer.enter(1, 'x'.repeat(500), 1);
    const read = readPackedTrace(posted(writer.take(false)));
    expect((unpackTrace(read!)!.events[0] as { name: string }).name).toHaveLength(200);
    const numbers = new Float64Array([6, 1]);
    for (const bad of [
      null,
      { numbers: [6, 1], strings: [], truncated: false },
      { numbers: new Float32Array([6, 1]), strings: [], truncated: false },
      { numbers, strings: [1], truncated: false },
      { numbers, strings: [], truncated: 'no' },
    ]) {
      expect(readPackedTrace(bad), JSON.stringify(bad)).toBeUndefined();
    }
  });

  test('a trace with an event that does not fit is dropped whole', () => {
    const chunk = (...numbers: number[]): PackedTrace => ({ numbers: new Float64Array([6, 1, ...numbers]), strings: ['a'], truncated: false });
    expect(unpackTrace(chunk())).toEqual({ events: [{ e: 'exit', frame: 1 }], truncated: false });
    const bad = [
      [9, 1], // no such event
      [1.5, 1], // code not an integer
      [5, 1], // cut short
      [0, 4, 1, 0, NaN, NaN, NaN, 0], // step kind out of range
      [0, 1, 1, Infinity, NaN, NaN, NaN, 0], // time not finite
      [1, 1, 2, 0.5, NaN, NaN], // queued not a boolean
      [4, 1, 1, 1], // name index past the table
      [4, 1, 0.5, 1], // name index not an integer
      [7, 1, 2, 1, 1, NaN], // timer kind out of range
      [5, 1, NaN], // park without a line
    ];
    for (const numbers of bad) expect(unpackTrace(chunk(...numbers)), numbers.join(',')).toBeUndefined();
  });
});

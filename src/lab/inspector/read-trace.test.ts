import { describe, expect, test } from 'vitest';
import { readInspectorTrace } from './read-trace';
import { recordInNode } from './testing/record-in-node';

describe('reading a trace from the run', () => {
  test('a real recording comes through as it was', async () => {
    const code = [
      'async function f() { await null; }',
      'setTimeout(() => log("t"), 5);',
      'Promise.resolve().then(() => f()).catch(() => 0).finally(() => log("f"));',
      'const id = setInterval(() => clearInterval(id), 1);',
      'queueMicrotask(() => log("q"));',
    ].join('\n');
    const { trace } = await recordInNode(code);
    expect(new Set(trace!.events.map((event) => event.e))).toEqual(new Set(['step', 'job', 'enter', 'park', 'exit', 'set', 'clear', 'enqueue', 'drop']));
    expect(readInspectorTrace(JSON.parse(JSON.stringify(trace)))).toEqual(trace);
  });

  test('keeps known fields only, bounds names, and refuses a trace with a malformed event', () => {
    const step = { e: 'step', kind: 'timer', line: 2, at: 5, console: 0, timer: 1, extra: 'dropped', job: 'not a number' };
    const job = { e: 'job', job: 1, line: 3, queued: false, name: 'x'.repeat(500) };
    const read = readInspectorTrace({ events: [step, job], truncated: false });
    expect(read?.events[0]).toEqual({ e: 'step', kind: 'timer', line: 2, at: 5, console: 0, timer: 1 });
    expect((read?.events[1] as { name: string }).name).toHaveLength(200);
    for (const bad of [{ ...step, kind: 'other' }, { ...step, at: Infinity }, { e: 'set', timer: 1, kind: 'timer', line: 1 }, { e: 'nope' }, null]) {
      expect(readInspectorTrace({ events: [bad], truncated: false }), JSON.stringify(bad)).toBeUndefined();
    }
  });
});

import { describe, expect, test } from 'vitest';
import { buildSteps } from './build-steps';
import { recordInNode } from './testing/record-in-node';

/** One line per step: kind, line, the function it resumes, what it printed, where functions are parked after it. */
async function steps(code: string): Promise<string[]> {
  const run = await recordInNode(code);
  const replay = buildSteps(run.trace!, run.printed.length);
  return replay.steps.map((step) => {
    const parked = replay.stateAfter(step.index).parked.map((frame) => `${frame.name}:${frame.line}`);
    return `${step.index} ${step.kind} L${step.line} [${run.printed.slice(step.consoleFrom, step.consoleTo).join(' ')}] parked(${parked.join(',')})`;
  });
}

const program = (...lines: string[]) => ['(async () => {', ...lines, '})();'].join('\n');

describe('for await and async generators, step by step', () => {
  test('an async generator is a frame: parked at its yield, then at its await; each turn of the loop is a step', async () => {
    const code = program(
      '  async function* ticks() {', // 2
      '    yield 1;', // 3
      '    await null;', // 4
      '    yield 2;', // 5
      '  }',
      '  for await (const n of ticks()) log(n);', // 7
      "  log('done');",
    );
    expect(await steps(code)).toEqual([
      '1 script L1 [] parked(ticks:3,<anonymous>:7)',
      '2 microtask L7 [1] parked(ticks:4,<anonymous>:7)',
      '3 microtask L4 [] parked(ticks:5,<anonymous>:7)',
      '4 microtask L7 [2] parked(<anonymous>:7)',
      '5 microtask L7 [done] parked()',
    ]);
  });

  test('an array of promises: each turn of the loop is a step of its own', async () => {
    const code = program('  for await (const n of [Promise.resolve(1), 2]) log(n);', "  log('done');");
    expect(await steps(code)).toEqual([
      '1 script L1 [] parked(<anonymous>:2)',
      '2 microtask L2 [1] parked(<anonymous>:2)',
      '3 microtask L2 [2] parked(<anonymous>:2)',
      '4 microtask L2 [done] parked()',
    ]);
  });

  test('break closes the generator in the same step', async () => {
    const code = program(
      '  async function* ticks() {',
      '    try { yield 1; yield 2; } finally { log("closed"); }',
      '  }',
      '  for await (const n of ticks()) { log(n); break; }',
      "  log('done');",
    );
    expect(await steps(code)).toEqual([
      '1 script L1 [] parked(ticks:3,<anonymous>:5)',
      '2 microtask L5 [1 closed] parked(<anonymous>:5)',
      '3 microtask L5 [done] parked()',
    ]);
  });
});

describe('recording a for await does not change the run', () => {
  // A ticker beside each loop shows any extra or missing microtask as a change in the order.
  const ticker = "  let t = 0; const tick = () => { if (++t < 12) { log('t' + t); queueMicrotask(tick); } }; queueMicrotask(tick);";
  const cases: Record<string, string> = {
    'an array of promises and values': program(
      ticker,
      '  for await (const n of [Promise.resolve(1), 2, new Promise((r) => setTimeout(() => r(3), 5))]) log(n);',
      "  log('done');",
    ),
    'a rejected promise in an array, caught': program(
      ticker,
      '  try { for await (const n of [1, Promise.reject(new Error("no")), 3]) log(n); } catch (e) { log(e.message); }',
      "  log('done');",
    ),
    'break on a plain iterator with return()': program(
      ticker,
      '  const it = { i: 0, [Symbol.iterator]() { return this; }, next() { return { value: this.i++, done: false }; }, return() { log("return"); return { done: true }; } };',
      '  for await (const n of it) { log(n); if (n === 2) break; }',
      "  log('done');",
    ),
    'break on an array (no return())': program(ticker, '  for await (const n of [1, 2, 3]) { log(n); break; }', "  log('done');"),
    'an async generator, broken out of': program(
      ticker,
      '  async function* gen() { try { for (let i = 0; ; i++) { await null; yield i; } } finally { log("closed"); } }',
      '  for await (const n of gen()) { log(n); if (n === 2) break; }',
      "  log('done');",
    ),
    'an async iterator returning thenables': program(
      ticker,
      '  const it = { i: 0, [Symbol.asyncIterator]() { return this; }, next() { const i = this.i++; return { then: (r) => r({ value: i, done: i > 2 }) }; } };',
      '  for await (const n of it) log(n);',
      "  log('done');",
    ),
    'a string': program(ticker, "  for await (const c of 'ab') log(c);", "  log('done');"),
    'next() throws': program(
      ticker,
      '  const it = { [Symbol.iterator]() { return { next() { throw new Error("broken"); } }; } };',
      '  try { for await (const n of it) log(n); } catch (e) { log(e.message); }',
    ),
    'not iterable': program(ticker, '  try { for await (const n of 5) log(n); } catch (e) { log(e.constructor.name); }'),
  };
  test.each(Object.entries(cases))('%s', async (_name, code) => {
    const off = await recordInNode(code, { record: false });
    const on = await recordInNode(code, { record: true });
    expect(off.error).toBeUndefined();
    expect(on.printed).toEqual(off.printed);
    expect(on.virtualMs).toBe(off.virtualMs);
  });
});

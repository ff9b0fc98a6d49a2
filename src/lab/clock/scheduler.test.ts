import { describe, expect, test } from 'vitest';
import { orderingCases } from './ordering-cases';
import { runSnippet } from './test-harness';
import { nodeDelay } from './scheduler';

// Every expected order in ordering-cases.ts was printed by real Node 24 running the same
// snippet with its own timers (see `npm run node-ordering`).
describe.each(['instant', 'real'] as const)('ordering matches Node (%s clock)', (mode) => {
  const cases = mode === 'real' ? orderingCases.filter((c) => !c.sameMillisecond) : orderingCases;
  test.each(cases)('$name', async ({ code, expected }) => {
    const run = await runSnippet(code, { mode });
    expect(run.printed).toEqual(expected);
  });
});

describe('delays are coerced as Node does', () => {
  test.each([
    [0, 1],
    [-5, 1],
    [undefined, 1],
    [NaN, 1],
    ['20', 20],
    [1.5, 1.5],
    [2 ** 31, 1],
  ])('setTimeout(f, %s) waits %s ms', (given, ms) => {
    expect(nodeDelay(given)).toBe(ms);
  });
});

describe('instant mode', () => {
  test('three 1000 ms sleeps in parallel take 1000 ms on the clock and almost no real time', async () => {
    const run = await runSnippet(`
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      Promise.all([sleep(1000), sleep(1000), sleep(1000)]).then(() => log(performance.now()));`);
    // Exactly 1000 plus the real time the three callbacks took (well under 5 ms).
    expect(Number(run.printed[0])).toBeGreaterThanOrEqual(1000);
    expect(Number(run.printed[0])).toBeLessThan(1005);
    expect(run.virtualMs).toBeGreaterThanOrEqual(1000);
    expect(run.virtualMs).toBeLessThan(1005);
    expect(run.realMs).toBeLessThan(200);
  });

  test('three sequential sleeps take 3000 ms on the clock', async () => {
    const run = await runSnippet(`
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      (async () => { await sleep(1000); await sleep(1000); await sleep(1000); log(performance.now()); })();`);
    expect(Number(run.printed[0])).toBeGreaterThanOrEqual(3000);
    expect(Number(run.printed[0])).toBeLessThan(3010);
  });

  test('a busy loop costs its real time and delays a timer that fell due meanwhile', async () => {
    const run = await runSnippet(`
      setTimeout(() => log(performance.now()), 100);
      const end = performance.now() + 300;
      while (performance.now() < end) {}`);
    const firedAt = Number(run.printed[0]);
    expect(firedAt).toBeGreaterThanOrEqual(300);
    expect(firedAt).toBeLessThan(340);
    expect(run.blocked).toHaveLength(1);
    const [start, end] = run.blocked[0]!;
    expect(end - start).toBeGreaterThanOrEqual(300);
  });

  test('short stretches of work are not reported as blocked', async () => {
    const run = await runSnippet(`setTimeout(() => log('x'), 1000);`);
    expect(run.blocked).toEqual([]);
  });

  test('ten thousand interval ticks of one second run in well under a second of real time', async () => {
    const run = await runSnippet(`
      let n = 0;
      const id = setInterval(() => { if (++n === 10000) { clearInterval(id); log(Math.round(performance.now())); } }, 1000);`,
      { virtualLimitMs: 20_000_000 });
    expect(run.printed).toEqual(['10000000']);
    expect(run.realMs).toBeLessThan(1_000);
  });

  test('Date.now moves with the clock', async () => {
    const run = await runSnippet(`
      const t0 = Date.now();
      setTimeout(() => log(Date.now() - t0), 5000);`);
    expect(Number(run.printed[0])).toBeGreaterThanOrEqual(5000);
    expect(Number(run.printed[0])).toBeLessThan(5010);
  });

  test('while real work is pending the clock does not jump, and it resumes jumping after', async () => {
    const run = await runSnippet(`
      const done = scheduler.beginRealWork();
      realTimeout(() => { log('work done at ' + (performance.now() >= 80)); done(); }, 80);
      setTimeout(() => log('timer at ' + Math.round(performance.now())), 20);
      setTimeout(() => log('late timer at ' + Math.round(performance.now())), 5000);`,
      { extras: { realTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms) } });
    expect(run.printed[0]).toMatch(/^timer at (2\d|3\d)$/);
    expect(run.printed[1]).toBe('work done at true');
    expect(run.printed[2]).toBe('late timer at 5000');
    expect(run.realMs).toBeGreaterThanOrEqual(80);
    expect(run.realMs).toBeLessThan(1_000);
  });

  test('a timer past the virtual limit ends the run with a clear error', async () => {
    await expect(runSnippet(`setInterval(() => {}, 60_000);`, { virtualLimitMs: 10 * 60_000 })).rejects.toThrow(
      /^virtual limit reached at 600000 ms$/,
    );
  });

  test('a callback that throws is reported and stops nothing else from being recorded', async () => {
    await expect(runSnippet(`setTimeout(() => { throw new Error('boom'); }, 10);`)).rejects.toThrow('boom');
  });

  test('setTimeout without a function throws a TypeError as Node does', async () => {
    await expect(runSnippet(`setTimeout('log(1)', 10);`)).rejects.toThrow(
      'The "callback" argument must be of type function. Received type string',
    );
  });
});

describe('real mode', () => {
  test('waits for real: a 120 ms sleep takes at least 120 ms of wall time', async () => {
    const run = await runSnippet(`setTimeout(() => log('done'), 120);`, { mode: 'real' });
    expect(run.printed).toEqual(['done']);
    expect(run.realMs).toBeGreaterThanOrEqual(118);
    expect(run.virtualMs - run.realMs).toBeLessThan(1);
  });
});

describe('AbortSignal.timeout', () => {
  test('fires on the run clock with a TimeoutError, and the run ends then', async () => {
    const run = await runSnippet(`
      const signal = AbortSignal.timeout(5000);
      signal.addEventListener('abort', () => log(signal.reason.name + ' at ' + Math.round(performance.now())));`);
    expect(run.printed).toEqual(['TimeoutError at 5000']);
    expect(run.realMs).toBeLessThan(1000);
  });
});

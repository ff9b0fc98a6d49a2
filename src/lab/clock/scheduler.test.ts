import { describe, expect, test } from 'vitest';
import { orderingCases } from './testing/ordering-cases';
import { runSnippet } from './testing/test-harness';
import { nodeDelay } from './scheduler';

// Every expected order in ordering-cases.ts was printed by real Node 24 running the same
// snippet with its own timers (see `npm run node-ordering`).
describe.each(['instant', 'real'] as const)('ordering matches Node (%s clock)', (mode) => {
  const cases = mode === 'real' ? orderingCases.filter((c) => !c.driftSensitive) : orderingCases;
  test.each(cases)('$name', async ({ code, expected, uncaught }) => {
    const run = await runSnippet(code, { mode });
    expect(run.printed).toEqual(expected);
    expect(run.uncaught).toBe(uncaught);
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
  // Real time is frozen here, so what this shows is that the clock jumped: nothing waited for real.
  test('three 1000 ms sleeps in parallel each end at 1000 ms on the clock, with no real waiting', async () => {
    const run = await runSnippet(
      `
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      const each = [1, 2, 3].map((n) => sleep(1000).then(() => log(n + ' at ' + performance.now())));
      Promise.all(each).then(() => log(performance.now()));`,
      { frozen: true },
    );
    expect(run.printed).toEqual(['1 at 1000', '2 at 1000', '3 at 1000', '1000']);
    expect(run.virtualMs).toBe(1000);
    expect(run.realMs).toBe(0);
  });

  test('three sequential sleeps take 3000 ms on the clock', async () => {
    const run = await runSnippet(
      `
      const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
      (async () => { await sleep(1000); await sleep(1000); await sleep(1000); log(performance.now()); })();`,
      { frozen: true },
    );
    expect(run.printed).toEqual(['3000']);
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

  test('ten thousand interval ticks of one second take exactly 10,000 s on the clock', async () => {
    const run = await runSnippet(
      `
      let n = 0;
      const id = setInterval(() => { if (++n === 10000) { clearInterval(id); log(Math.round(performance.now())); } }, 1000);`,
      { virtualLimitMs: 20_000_000, frozen: true },
    );
    expect(run.printed).toEqual(['10000000']);
  });

  test('Date.now moves with the clock', async () => {
    const run = await runSnippet(
      `
      const t0 = Date.now();
      setTimeout(() => log(Date.now() - t0), 5000);`,
      { frozen: true },
    );
    expect(run.printed).toEqual(['5000']);
  });

  test('while real work is pending the clock does not jump, and it resumes jumping after', async () => {
    const run = await runSnippet(
      `
      const done = scheduler.beginRealWork();
      realTimeout(() => { log('work done at ' + (performance.now() >= 300)); done(); }, 300);
      setTimeout(() => log('timer at ' + Math.round(performance.now())), 20);
      setTimeout(() => log('late timer at ' + Math.round(performance.now())), 5000);`,
      { extras: { realTimeout: (cb: () => void, ms: number) => setTimeout(cb, ms) } },
    );
    // The 20 ms timer waited for real (no jump while the work was pending)...
    const firedAt = Number(/^timer at (\d+)$/.exec(run.printed[0] ?? '')?.[1]);
    expect(firedAt).toBeGreaterThanOrEqual(20);
    expect(firedAt).toBeLessThan(300);
    expect(run.printed[1]).toBe('work done at true');
    // ...and once it was done, the clock jumped straight to the 5 s timer.
    expect(run.printed[2]).toMatch(/^late timer at 50\d\d$/);
    expect(run.realMs).toBeGreaterThanOrEqual(300);
    expect(run.realMs).toBeLessThan(2_000);
  });

  test('a timer past the virtual limit ends the run with a clear error', async () => {
    await expect(runSnippet(`setInterval(() => {}, 60_000);`, { virtualLimitMs: 10 * 60_000, frozen: true })).rejects.toThrow(
      /^virtual limit reached at 600000 ms$/,
    );
  });

  test("a callback that throws is reported as the run's error", async () => {
    await expect(runSnippet(`setTimeout(() => { throw new Error('boom'); }, 10);`)).rejects.toThrow('boom');
  });

  test('a callback that throws stops no other timer, and an interval that throws keeps its schedule', async () => {
    const run = await runSnippet(
      `
      setTimeout(() => { throw new Error('boom'); }, 10);
      setTimeout(() => log('later at ' + performance.now()), 20);
      let n = 0;
      const id = setInterval(() => { log('tick ' + ++n + ' at ' + performance.now()); if (n === 2) clearInterval(id); throw new Error('tick'); }, 15);`,
      { frozen: true, collectErrors: true },
    );
    expect(run.printed).toEqual(['tick 1 at 15', 'later at 20', 'tick 2 at 30']);
    expect(run.errors.map((error) => (error as Error).message)).toEqual(['boom', 'tick', 'tick']);
  });

  test('setTimeout without a function throws a TypeError as Node does', async () => {
    await expect(runSnippet(`setTimeout('log(1)', 10);`)).rejects.toThrow('The "callback" argument must be of type function. Received type string');
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
  test('fires on the run clock with a TimeoutError while other work keeps the run going', async () => {
    const run = await runSnippet(
      `
      const signal = AbortSignal.timeout(5000);
      signal.addEventListener('abort', () => log(signal.reason.name + ' at ' + performance.now()));
      setTimeout(() => log('work done at ' + performance.now()), 8000);`,
      { frozen: true },
    );
    expect(run.printed).toEqual(['TimeoutError at 5000', 'work done at 8000']);
  });

  test('does not keep the run alive on its own, as in Node', async () => {
    const run = await runSnippet(
      `
      const signal = AbortSignal.timeout(5000);
      signal.addEventListener('abort', () => log('aborted'));
      setTimeout(() => log('work done at ' + performance.now()), 1000);`,
      { frozen: true },
    );
    expect(run.printed).toEqual(['work done at 1000']);
    expect(run.virtualMs).toBe(1000);
  });
});

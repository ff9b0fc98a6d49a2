import { describe, expect, test } from 'vitest';
import { orderingCases } from '../clock/testing/ordering-cases';
import { buildSteps, type Replay } from './build-steps';
import { recordInNode } from './testing/record-in-node';

async function replay(code: string, maxSteps?: number): Promise<{ replay: Replay; printed: string[] }> {
  const run = await recordInNode(code, maxSteps === undefined ? {} : { maxSteps });
  return { replay: buildSteps(run.trace!, run.printed.length), printed: run.printed };
}

/** One line per step: kind, line, what it printed, then the queues after it. */
function describeSteps({ replay, printed }: { replay: Replay; printed: string[] }): string[] {
  return replay.steps.map((step) => {
    const state = replay.stateAfter(step.index);
    const out = printed.slice(step.consoleFrom, step.consoleTo).join(' ');
    const micro = state.microtasks.map((job) => job.line).join(',');
    const timers = state.timers.map((timer) => `${timer.line}@${timer.due}`).join(',');
    const parked = state.parked.map((frame) => `${frame.name}:${frame.line}`).join(',');
    return `${step.index} ${step.kind} L${step.line} t${step.at} [${out}] micro(${micro}) timers(${timers}) parked(${parked})`;
  });
}

// The worked example, as JavaScript; line numbers are the snippet's own.
const worked = [
  `log('A');`,
  `setTimeout(() => log('B'), 0);`,
  `Promise.resolve().then(() => log('C'));`,
  `queueMicrotask(() => log('D'));`,
  `(async () => { log('E'); await null; log('F'); })();`,
  `log('G');`,
].join('\n');

describe('buildSteps on recorded runs', () => {
  test('the worked example: the script, three microtasks, then the timer', async () => {
    expect(describeSteps(await replay(worked))).toEqual([
      '1 script L1 t0 [A E G] micro(3,4,5) timers(2@1) parked(<anonymous>:5)',
      '2 microtask L3 t0 [C] micro(4,5) timers(2@1) parked(<anonymous>:5)',
      '3 microtask L4 t0 [D] micro(5) timers(2@1) parked(<anonymous>:5)',
      '4 microtask L5 t0 [F] micro() timers(2@1) parked()',
      '5 timer L2 t1 [B] micro() timers() parked()',
    ]);
  });

  test('nested awaits: each function is parked at its own await, the caller resumes after the callee returns', async () => {
    const code = [
      'async function inner() {',
      '  await null;',
      "  log('inner done');",
      '}',
      'async function outer() {',
      '  await inner();',
      "  log('outer done');",
      '}',
      'outer();',
    ].join('\n');
    const steps = describeSteps(await replay(code));
    expect(steps).toEqual([
      '1 script L1 t0 [] micro(2) timers() parked(inner:2,outer:6)',
      '2 microtask L2 t0 [inner done] micro(6) timers() parked(outer:6)',
      '3 microtask L6 t0 [outer done] micro() timers() parked()',
    ]);
  });

  test('Promise.all: the timers fire in due order, the await resumes once after the last', async () => {
    const code = [
      'const wait = (ms, v) => new Promise((r) => setTimeout(() => r(v), ms));',
      'async function main() {',
      '  const all = await Promise.all([wait(30, "a"), wait(10, "b")]);',
      '  log(all.join(","));',
      '}',
      'main();',
    ].join('\n');
    const steps = describeSteps(await replay(code));
    expect(steps).toEqual([
      '1 script L1 t0 [] micro() timers(1@10,1@30) parked(main:3)',
      '2 timer L1 t10 [] micro() timers(1@30) parked(main:3)',
      '3 timer L1 t30 [] micro(3) timers() parked(main:3)',
      '4 microtask L3 t30 [a,b] micro() timers() parked()',
    ]);
  });

  test('a rejected promise caught later: the catch runs in the step after the rejecting timer', async () => {
    const code = [
      "const fail = new Promise((_, reject) => setTimeout(() => reject(new Error('late')), 20));",
      'setTimeout(() => {',
      "  fail.catch((e) => log('caught ' + e.message));",
      '}, 10);',
    ].join('\n');
    const steps = describeSteps(await replay(code));
    expect(steps).toEqual([
      '1 script L1 t0 [] micro() timers(1@20,2@10) parked()'.replace('1@20,2@10', '2@10,1@20'),
      '2 timer L2 t10 [] micro() timers(1@20) parked()',
      '3 timer L1 t20 [] micro(3) timers() parked()',
      '4 microtask L3 t20 [caught late] micro() timers() parked()',
    ]);
  });

  test('an await that rejects resumes its function in the catch, the finally, or at its end: each a step of its own', async () => {
    const code = [
      "const late = () => new Promise((_, reject) => setTimeout(() => reject(new Error('no')), 5));",
      'async function caught() {',
      '  try {',
      '    await late();', // 4
      '  } catch (e) {',
      "    log('caught ' + e.message);",
      '  }',
      '}',
      'async function cleaned() {',
      '  try {',
      '    await late();', // 11
      '  } finally {',
      "    log('finally');",
      '  }',
      '}',
      'async function uncaught() {',
      '  await late();', // 17
      "  log('never');",
      '}',
      'caught();',
      'cleaned().catch(() => log("cleaned rejected"));',
      'uncaught().catch(() => log("uncaught rejected"));',
    ].join('\n');
    const steps = describeSteps(await replay(code));
    const microtasks = steps.filter((step) => step.includes('microtask'));
    expect(microtasks.map((step) => step.replace(/ micro\(.*$/, ''))).toEqual([
      '3 microtask L4 t5 [caught no]',
      '5 microtask L11 t5 [finally]',
      '6 microtask L21 t5 [cleaned rejected]',
      '8 microtask L17 t5 []',
      '9 microtask L22 t5 [uncaught rejected]',
    ]);
    // The last function leaves the parked list in the step that resumed it.
    expect(steps[7]).toMatch(/parked\(\)$/);
  });

  test('an interval cleared from a microtask leaves the timers list in that step', async () => {
    const code = [
      'let n = 0;',
      'const id = setInterval(() => {',
      '  n++;',
      '  log("tick " + n);',
      '  if (n === 2) Promise.resolve().then(() => clearInterval(id));',
      '}, 10);',
    ].join('\n');
    const steps = describeSteps(await replay(code));
    expect(steps).toEqual([
      '1 script L1 t0 [] micro() timers(2@10) parked()',
      '2 timer L2 t10 [tick 1] micro() timers(2@20) parked()',
      '3 timer L2 t20 [tick 2] micro(5) timers(2@30) parked()',
      '4 microtask L5 t20 [] micro() timers() parked()',
    ]);
  });

  test('a then chain: each callback queues the next when it returns', async () => {
    const steps = describeSteps(await replay("Promise.resolve().then(() => log('1')).then(() => log('2'));"));
    expect(steps).toEqual([
      '1 script L1 t0 [] micro(1) timers() parked()',
      '2 microtask L1 t0 [1] micro(1) timers() parked()',
      '3 microtask L1 t0 [2] micro() timers() parked()',
    ]);
  });

  test('a run with more steps than the cap is recorded up to the cap and says so', async () => {
    const code = 'let n = 0; const spin = () => { if (++n < 50) queueMicrotask(spin); }; queueMicrotask(spin);';
    const { replay: capped } = await replay(code, 20);
    expect(capped.steps).toHaveLength(20);
    expect(capped.truncated).toBe(true);
    const { replay: whole } = await replay(code);
    expect(whole.steps).toHaveLength(51);
    expect(whole.truncated).toBe(false);
  });

  test('a run that throws can be stepped up to the error', async () => {
    const run = await recordInNode("log('before');\nsetTimeout(() => { log('in timer'); throw new Error('boom'); }, 5);\nsetTimeout(() => log('never'), 10);");
    expect(String(run.error)).toBe('Error: boom');
    const steps = buildSteps(run.trace!, run.printed.length).steps;
    expect(steps.map((step) => `${step.kind} L${step.line}`)).toEqual(['script L1', 'timer L2']);
    expect(run.printed).toEqual(['before', 'in timer']);
  });
});

describe('recording does not change the run', () => {
  // Snippets that spin on Date.now() need the clock to move with real time.
  const spins = (code: string) => code.includes('while (Date.now()');
  test.each(orderingCases.map((c) => [c.name, c] as const))('%s', async (_name, { code, expected }) => {
    if (spins(code)) return expect(spins(code)).toBe(true);
    const off = await recordInNode(code, { record: false });
    const on = await recordInNode(code, { record: true });
    expect(off.printed).toEqual(expected);
    expect(on.printed).toEqual(off.printed);
    expect(on.virtualMs).toBe(off.virtualMs);
  });
});

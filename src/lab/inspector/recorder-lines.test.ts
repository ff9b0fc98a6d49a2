import { afterEach, describe, expect, test, vi } from 'vitest';
import { buildSteps } from './build-steps';
import { recordInNode } from './testing/record-in-node';

/** kind and line of every step. */
async function stepLines(code: string): Promise<string[]> {
  const run = await recordInNode(code);
  return buildSteps(run.trace!, run.printed.length).steps.map((step) => `${step.kind} L${step.line}`);
}

describe('the lines of then/catch/finally/queueMicrotask jobs', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  test('come from the instrumented call, without capturing a stack', async () => {
    const capture = vi.spyOn(Error, 'captureStackTrace');
    const code = [
      'Promise.resolve(1)',
      '  .then((v) => v + 1)',
      '  .catch(() => 0)',
      '  .finally(() => log("done"));',
      'queueMicrotask(() => log("queued"));',
      'Promise.reject(new Error("x")).then(() => 1, () => log("rejected"));',
    ].join('\n');
    expect(await stepLines(code)).toEqual(['script L1', 'microtask L2', 'microtask L5', 'microtask L6', 'microtask L4']);
    expect(capture).not.toHaveBeenCalled();
  });

  test('a call the instrumenter cannot name is left unrecorded, and still runs the same', async () => {
    const capture = vi.spyOn(Error, 'captureStackTrace');
    const code = ['const args = [() => log("spread")];', 'Promise.resolve().then(...args);', 'Promise.resolve()["then"](() => log("computed"));'].join('\n');
    const run = await recordInNode(code);
    expect(run.printed).toEqual(['spread', 'computed']);
    expect(buildSteps(run.trace!, run.printed.length).steps.map((step) => `${step.kind} L${step.line}`)).toEqual(['script L1', 'microtask L3']);
    expect(capture).not.toHaveBeenCalled();
  });
});

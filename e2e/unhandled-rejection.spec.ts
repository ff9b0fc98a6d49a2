/**
 * Unhandled rejections in the real sandbox (Chromium's worker, the MessageChannel ticks): a run
 * ends where a Node process ends, once the microtasks have drained and before any timer fires,
 * with the error and its TypeScript line. The rejection cases of the ordering table, which
 * `npm run node-ordering` holds to real Node, must print the same here.
 */
import { expect, test } from '@playwright/test';
import { orderingCases } from '../src/lab/clock/testing/ordering-cases';
import { guardOffline, type OfflineGuard } from './support/site';
import { runSnippet } from './support/runner';

let guard: OfflineGuard;

test.beforeEach(async ({ context, baseURL }) => {
  guard = await guardOffline(context, baseURL!);
});

test.afterEach(async () => {
  expect(await guard.leaks()).toEqual([]);
});

test('a rejected promise nobody handles ends the run before a timer fires, naming its line', async ({ page }) => {
  const run = await runSnippet(
    page,
    `const label: string = "lost";
Promise.reject(new Error(label));
setTimeout(() => console.log("later"), 10);
console.log("sync");`,
  );
  expect(run.status).toBe('error');
  expect(run.lines.map((line) => line.text.split('\n')[0])).toEqual(['sync', 'Uncaught (in promise) Error: lost']);
  expect(run.lines[1]?.level).toBe('error');
  expect(run.lines[1]?.text).toMatch(/main\.ts:2:\d+/);
  // The 10 ms timer never fired: "later" is not among the lines above. (Its clock reading is no
  // proof: real CPU time counts on the run's clock, and a busy machine passes 10 ms on its own.)
});

// The cases where the rejection matters, and one where it is handled in time.
const cases = orderingCases.filter((c) => c.uncaught !== undefined || /rejection handled later in the same/.test(c.name));

test('the rejection cases of the ordering table print what Node prints', async ({ page }) => {
  expect(cases.length).toBeGreaterThanOrEqual(4);
  for (const { name, code, expected, uncaught } of cases) {
    const run = await runSnippet(page, `const log = (text: unknown) => console.log(String(text));\n${code}`);
    const printed = run.lines.filter((line) => line.level === 'log').map((line) => line.text);
    expect(printed, name).toEqual(expected);
    if (uncaught === undefined) {
      expect(run.status, name).toBe('ok');
    } else {
      expect(run.status, name).toBe('error');
      expect(run.lines.at(-1)?.text, name).toContain(`Error: ${uncaught}`);
    }
  }
});

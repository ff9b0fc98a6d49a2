import { expect, test, type Locator, type Page } from '@playwright/test';
import { openPlayground } from './support/runner';
import { seriousViolations } from './support/axe';

// Share links are compiled in the page: the first Step through waits for esbuild-wasm to load.
test.slow();

// The worked example (issue 14), line numbers as in the comments.
const worked = [
  "console.log('A');                                   // 1",
  "setTimeout(() => console.log('B'), 0);              // 2",
  "Promise.resolve().then(() => console.log('C'));     // 3",
  "queueMicrotask(() => console.log('D'));             // 4",
  "(async () => { console.log('E'); await null; console.log('F'); })(); // 5",
  "console.log('G');                                   // 6",
  'export {};',
].join('\n');

const names = {
  en: { step: 'Step through', previous: 'Previous step', next: 'Next step' },
  zh: { step: '逐步查看', previous: '上一步', next: '下一步' },
} as const;

/** What the panel shows for the current step, read through the contract only. */
async function readStep(panel: Locator) {
  const now = panel.locator('[data-lab="step-now"]');
  const lines = (list: string) =>
    panel.locator(`[data-lab="${list}"] [data-lab="job"]`).evaluateAll((nodes) => nodes.map((node) => Number((node as HTMLElement).dataset.line)));
  return {
    step: Number(await panel.getAttribute('data-step')),
    kind: await now.getAttribute('data-kind'),
    line: Number(await now.getAttribute('data-line')),
    virtualMs: Number(await now.getAttribute('data-virtual-ms')),
    microtasks: await lines('microtasks'),
    timers: await panel
      .locator('[data-lab="timers"] [data-lab="job"]')
      .evaluateAll((nodes) => nodes.map((node) => `${(node as HTMLElement).dataset.line}@${(node as HTMLElement).dataset.due}`)),
    parked: await panel
      .locator('[data-lab="parked"] [data-lab="frame"]')
      .evaluateAll((nodes) => nodes.map((node) => Number((node as HTMLElement).dataset.line))),
  };
}

/** Console text printed up to the current step: lines whose data-step is not later. */
async function printedSoFar(runner: Locator, step: number): Promise<string[]> {
  return runner
    .locator('[data-lab="console"] [data-lab="line"]')
    .evaluateAll((nodes, current) => nodes.filter((node) => Number((node as HTMLElement).dataset.step) <= current).map((node) => node.textContent ?? ''), step);
}

/** Tabs to the Step through button and presses Enter: no mouse. */
async function stepThroughByKeyboard(page: Page, runner: Locator, name: string): Promise<Locator> {
  const button = runner.getByRole('button', { name, exact: true });
  // Start from the code block just below the button and walk back to it with Shift+Tab.
  await runner.locator('[data-lab="static-code"]').focus();
  for (let i = 0; i < 6 && !(await button.evaluate((node) => node === document.activeElement)); i++) await page.keyboard.press('Shift+Tab');
  await expect(button).toBeFocused();
  await page.keyboard.press('Enter');
  const panel = runner.locator('[data-lab="inspector"]');
  // A share link's code is compiled in the page: the first time, esbuild-wasm loads first.
  await expect(panel).toBeFocused({ timeout: 90_000 });
  return panel;
}

for (const lang of ['en', 'zh'] as const) {
  test(`the worked example steps through in order, forwards and back, keyboard only (${lang})`, async ({ page }) => {
    // The event-loop lesson carries the worked example, precompiled: no compiler in the page.
    await page.goto(lang === 'zh' ? '/zh/lessons/event-loop/' : '/lessons/event-loop/');
    const runner = page.locator(`[data-lab="runner"][data-title="${lang === 'zh' ? '六行代码，五个步骤' : 'Six lines, five steps'}"]`);
    await expect(runner).toHaveCount(1);
    // The lesson's example is the worked example, line for line.
    expect(await runner.locator('template[data-lab="source"]').evaluate((node) => (node as HTMLTemplateElement).content.textContent)).toBe(`${worked}\n`);
    const panel = await stepThroughByKeyboard(page, runner, names[lang].step);
    await expect(panel).toHaveAttribute('data-steps', '5');
    await expect(panel).toHaveAttribute('data-step', '1');

    const first = await readStep(panel);
    expect(first).toMatchObject({ step: 1, kind: 'script', line: 1, microtasks: [3, 4, 5], parked: [5] });
    // One timer, set by line 2: a 0 ms timeout is due 1 ms after the (whole) ms it was set in,
    // which is 0 unless the machine was slow to run the script.
    expect(first.timers).toHaveLength(1);
    const [timerLine, due] = first.timers[0]!.split('@').map(Number);
    expect(timerLine).toBe(2);
    expect(due).toBeGreaterThanOrEqual(1);
    expect(due).toBeLessThanOrEqual(first.virtualMs + 1 + 50);
    expect(await printedSoFar(runner, 1)).toEqual(['A', 'E', 'G']);
    const expected = [
      { kind: 'microtask', line: 3, printed: ['A', 'E', 'G', 'C'], microtasks: [4, 5] },
      { kind: 'microtask', line: 4, printed: ['A', 'E', 'G', 'C', 'D'], microtasks: [5] },
      { kind: 'microtask', line: 5, printed: ['A', 'E', 'G', 'C', 'D', 'F'], microtasks: [] },
      { kind: 'timer', line: 2, printed: ['A', 'E', 'G', 'C', 'D', 'F', 'B'], microtasks: [] },
    ];
    for (const [i, want] of expected.entries()) {
      await page.keyboard.press('ArrowRight');
      await expect(panel).toHaveAttribute('data-step', String(i + 2));
      const step = await readStep(panel);
      expect({ kind: step.kind, line: step.line, microtasks: step.microtasks }).toEqual({ kind: want.kind, line: want.line, microtasks: want.microtasks });
      expect(await printedSoFar(runner, i + 2)).toEqual(want.printed);
    }
    // The timer's step comes at its due time or later.
    expect((await readStep(panel)).virtualMs).toBeGreaterThanOrEqual(due!);
    expect((await readStep(panel)).timers).toEqual([]);
    // Later lines stay in the console, dimmed: all seven are there at step 1.
    await page.keyboard.press('Home');
    await expect(panel).toHaveAttribute('data-step', '1');
    await expect(runner.locator('[data-lab="console"] [data-lab="line"]')).toHaveCount(7);
    await expect(runner.locator('[data-lab="console"] .al-inspector-later')).toHaveCount(4);
    await page.keyboard.press('End');
    await expect(panel).toHaveAttribute('data-step', '5');
    // Backwards: the queues come back exactly as they were.
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    expect(await readStep(panel)).toMatchObject({ step: 3, kind: 'microtask', line: 4, microtasks: [5], timers: [`2@${due}`], parked: [5] });
    await expect(panel.getByRole('button', { name: names[lang].previous, exact: true })).toBeEnabled();
    await expect(panel.getByRole('button', { name: names[lang].next, exact: true })).toBeEnabled();
    await page.screenshot({ path: `test-results/inspector-${lang}.png`, fullPage: false });
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('the buttons and the slider move between steps; editing closes the panel', async ({ page }) => {
  await page.goto('/lessons/event-loop/');
  const runner = page.locator('[data-lab="runner"][data-title="Six lines, five steps"]');
  await runner.getByRole('button', { name: 'Step through', exact: true }).click();
  const panel = runner.locator('[data-lab="inspector"]');
  await expect(panel).toHaveAttribute('data-step', '1', { timeout: 90_000 });
  await expect(panel.getByRole('button', { name: 'Previous step' })).toBeDisabled();
  await panel.getByRole('button', { name: 'Next step' }).click();
  await expect(panel).toHaveAttribute('data-step', '2');
  await panel.getByRole('slider').fill('4');
  await expect(panel).toHaveAttribute('data-step', '4');
  await expect(panel.locator('[data-lab="step-now"]')).toHaveAttribute('data-line', '5');
  await runner.locator('[data-lab="static-code"]').click();
  await expect(runner.locator('.monaco-editor')).toBeVisible({ timeout: 90_000 });
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor')), { timeout: 30_000 }).toBe(true);
  await page.keyboard.type('// edit ');
  await expect(panel).toHaveCount(0, { timeout: 30_000 });
  await expect(runner.locator('[data-lab="console"] .al-inspector-later')).toHaveCount(0);
});

test('a run past 2,000 steps records the first 2,000 and says so', async ({ page }) => {
  const runner = await openPlayground(page, 'let n = 0;\nconst spin = () => { if (++n < 5000) queueMicrotask(spin); };\nqueueMicrotask(spin);\nexport {};');
  await runner.getByRole('button', { name: 'Step through', exact: true }).click();
  const panel = runner.locator('[data-lab="inspector"]');
  await expect(panel).toHaveAttribute('data-steps', '2000', { timeout: 90_000 });
  await expect(panel).toContainText('more than 2000 steps');
  await page.keyboard.press('End');
  await expect(panel).toHaveAttribute('data-step', '2000');
  await expect(panel.locator('[data-lab="step-now"]')).toHaveAttribute('data-kind', 'microtask');
});

test('a run that throws mid-way can be stepped up to the error', async ({ page }) => {
  const code = [
    "console.log('start');",
    'setTimeout(() => {',
    "  console.log('in the timer');",
    "  throw new Error('boom');",
    '}, 10);',
    "setTimeout(() => console.log('never'), 20);",
    'export {};',
  ].join('\n');
  const runner = await openPlayground(page, code);
  await runner.getByRole('button', { name: 'Step through', exact: true }).click();
  const panel = runner.locator('[data-lab="inspector"]');
  await expect(panel).toHaveAttribute('data-steps', '2', { timeout: 90_000 });
  await expect(runner).toHaveAttribute('data-run-status', 'error');
  await page.keyboard.press('End');
  const last = await readStep(panel);
  expect(last).toMatchObject({ kind: 'timer', line: 2 });
  expect(last.virtualMs).toBeGreaterThanOrEqual(10);
  // The other timer is still pending, due 10 ms after the first (both were set by the script).
  expect(last.timers).toHaveLength(1);
  const [line, due] = last.timers[0]!.split('@').map(Number);
  expect(line).toBe(6);
  expect(due).toBeGreaterThanOrEqual(20);
  expect(await printedSoFar(runner, 2)).toEqual(['start', 'in the timer', expect.stringContaining('boom')]);
});

test("the playhead also moves on the run's output timeline, and leaves with the panel", async ({ page }) => {
  const code = ['import { sleep } from "lab";', 'await sleep(100);', 'await sleep(200);', "console.log('done');"].join('\n');
  const runner = await openPlayground(page, code);
  await runner.getByRole('button', { name: 'Step through', exact: true }).click();
  const panel = runner.locator('[data-lab="inspector"]');
  await expect(panel).toHaveAttribute('data-step', '1', { timeout: 90_000 });
  const playhead = runner.locator('[data-lab="timeline"] [data-lab="playhead"]');
  const first = await panel.locator('[data-lab="step-now"]').getAttribute('data-virtual-ms');
  await expect(playhead).toHaveAttribute('data-ms', first ?? '');
  const xAtStart = Number(await playhead.getAttribute('x1'));
  await panel.focus();
  await page.keyboard.press('End');
  const last = Number(await panel.locator('[data-lab="step-now"]').getAttribute('data-virtual-ms'));
  expect(last).toBeGreaterThanOrEqual(300);
  await expect(playhead).toHaveAttribute('data-ms', String(last));
  expect(Number(await playhead.getAttribute('x1'))).toBeGreaterThan(xAtStart);
  await panel.getByRole('button', { name: 'Close the inspector', exact: true }).click();
  await expect(panel).toHaveCount(0);
  await expect(playhead).toHaveCount(0);
});

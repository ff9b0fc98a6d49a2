/**
 * The first edit without waiting (issue 17): the static code is editable the moment it is clicked,
 * Monaco takes over without losing a keystroke, phones edit and run in the plain editor, and
 * search still works with Pagefind's UI loaded on intent. Behaviour only; speed is the bench's.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { runAndWait } from './support/runner';
import { seriousViolations } from './support/axe';

const lesson = '/lessons/why-async/';
const monacoChunks = /monaco-editor|editor\.api/;
const starter = readFileSync(new URL('../content/exercises/overlap-waits/starter.ts', import.meta.url), 'utf8');
const solution = readFileSync(new URL('../content/exercises/overlap-waits/solution.ts', import.meta.url), 'utf8');

/** Holds Monaco's chunks back until the returned function is called. */
async function holdMonaco(page: Page): Promise<() => void> {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(monacoChunks, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

/** The runner's code as it is now (the runner's own `value`, what Run would use). */
const runnerValue = (page: Page, selector = 'al-runner') =>
  page.evaluate((s) => (document.querySelector(s) as HTMLElement & { value: string }).value, selector);

/** Opens the lesson and clicks just before the word "import" on the first example's line 1. */
async function openAndClickImport(page: Page) {
  await page.goto(lesson);
  const runner = page.locator('[data-lab="runner"]').first();
  const code = runner.locator('[data-lab="static-code"]');
  await code
    .getByText('import', { exact: true })
    .first()
    .click({ position: { x: 1, y: 8 } });
  return { runner };
}

test('typing while Monaco loads is kept, and Monaco carries on at the same caret', async ({ page }) => {
  // The edited run loads and compiles esbuild.wasm, then Monaco loads: slow on a busy machine.
  test.setTimeout(300_000);
  const release = await holdMonaco(page);
  // Click on the word "import" of line 1: the caret goes where the click was.
  const { runner } = await openAndClickImport(page);
  const plain = runner.getByRole('textbox', { name: /TypeScript editor/ });
  await expect(plain).toBeFocused();
  await page.keyboard.type('/* a */ ');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('console.log("typed before Monaco");');
  const typed = await runnerValue(page);
  expect(typed.startsWith('/* a */ import')).toBe(true);
  expect(typed.split('\n')[1]).toBe('console.log("typed before Monaco");');
  expect(await runner.locator('.monaco-editor').count()).toBe(0);

  // Run uses the text as it is, before Monaco exists.
  const run = await runAndWait(runner, { timeout: 120_000 });
  expect(run.lines[0]?.text).toBe('typed before Monaco');

  // Back in the code, then Monaco arrives and takes over with the caret where it was.
  await plain.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type('// end');
  release();
  await expect(runner.locator('.monaco-editor')).toBeVisible({ timeout: 120_000 });
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);
  await expect(runner.locator('[data-lab="plain-editor"]')).toHaveCount(0);
  await page.keyboard.type('!');
  const after = await runnerValue(page);
  expect(after).toBe(`${typed}// end!`);

  // Ctrl+Z undoes Monaco's own typing, then what was typed in the plain editor; redo brings it back.
  const starterCode = await page.evaluate(() => (document.querySelector('al-runner') as HTMLElement & { starterCode: string }).starterCode);
  await page.keyboard.press('ControlOrMeta+Z');
  expect(await runnerValue(page)).toBe(`${typed}// end`);
  await page.keyboard.press('ControlOrMeta+Z');
  expect(await runnerValue(page)).toBe(starterCode);
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  await page.keyboard.press('ControlOrMeta+Shift+Z');
  expect(await runnerValue(page)).toBe(after);

  // Saved: a reload shows the edited code.
  await page.keyboard.press('Escape');
  await page.reload();
  await expect(runner.locator('[data-lab="static-code"]')).toContainText('typed before Monaco');
  await expect(runner.locator('[data-lab="edited"]')).toBeVisible();
});

test("keys typed before the plain editor's script has arrived are kept, in order, at the click", async ({ page }) => {
  // The plain editor's script is fetched when the page is idle, or on the first hover, focus or
  // press: hold it back, so every key below is typed while it is on its way.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const requested: string[] = [];
  await page.route(/\/_astro\/live-editor[.-]/, async (route: Route) => {
    requested.push(route.request().url());
    await released;
    await route.continue();
  });
  await holdMonaco(page); // never released: this is about the plain editor
  const { runner } = await openAndClickImport(page);
  await page.keyboard.type('/* b */ ');
  await page.keyboard.press('Backspace');
  await page.keyboard.press('End');
  await page.keyboard.press('Enter');
  await page.keyboard.type('x');
  await expect.poll(() => requested.length).toBe(1);
  expect(await runner.locator('[data-lab="plain-editor"]').count()).toBe(0);
  expect(await runnerValue(page)).not.toContain('/* b */');
  release();
  const plain = runner.getByRole('textbox', { name: /TypeScript editor/ });
  await expect(plain).toBeFocused();
  // As if the editor had been there: typed where the click was, End to the line's end, Enter
  // with the line's indentation (none); then typing carries on after the held keys.
  const [first, ...rest] = (await page.evaluate(() => (document.querySelector('al-runner') as HTMLElement & { starterCode: string }).starterCode)).split('\n');
  const expected = ['/* b */' + first, 'x', ...rest].join('\n');
  await expect.poll(() => runnerValue(page)).toBe(expected);
  await page.keyboard.type('y');
  expect(await runnerValue(page)).toBe(expected.replace('\nx\n', '\nxy\n'));
});

test("an exercise's run that finishes before the exercise's script has arrived is checked when it does", async ({ page }) => {
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/exercise-element[.-]/, async (route: Route) => {
    await released;
    await route.continue();
  });
  await page.goto(lesson);
  const exercise = page.locator('al-exercise');
  const run = await runAndWait(exercise.locator('[data-lab="runner"]'));
  expect(run.status).toBe('ok');
  expect(await page.evaluate(() => customElements.get('al-exercise') === undefined)).toBe(true);
  await expect(exercise.locator('[data-lab="check"]')).toHaveCount(0);
  release();
  // The starter, unedited: checked as soon as the script is there, and it fails a check.
  await expect(exercise.locator('[data-lab="check"][data-pass="false"]').first()).toBeVisible();
});

test('the plain editor works by keyboard alone, with the same keys as Monaco, and passes axe', async ({ page }) => {
  test.setTimeout(120_000);
  await holdMonaco(page); // never released: the plain editor must do the whole job
  await page.goto(lesson);
  const exercise = page.locator('al-exercise');
  const runner = exercise.locator('[data-lab="runner"]');
  await exercise.locator('[data-lab="static-code"]').focus();
  await page.keyboard.press('Enter');
  const plain = runner.getByRole('textbox', { name: /TypeScript editor.*Escape/ });
  await expect(plain).toBeFocused();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(solution);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(runner).toHaveAttribute('data-run-count', '1', { timeout: 60_000 });
  await expect(exercise).toHaveAttribute('data-done', '');
  // Escape leaves for the Run button, as it does in Monaco.
  await plain.focus();
  await page.keyboard.press('Escape');
  await expect(runner.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
  // Tab indents; Enter keeps the line's indentation.
  await plain.focus();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.press('Tab');
  await page.keyboard.type('x');
  await page.keyboard.press('Enter');
  await page.keyboard.type('y');
  expect((await runnerValue(page, 'al-exercise al-runner')).endsWith('\n  x\n  y')).toBe(true);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

  test('an exercise is edited, run, passed, saved and reset in the plain editor, without Monaco', async ({ page }) => {
    test.setTimeout(120_000);
    const monaco: string[] = [];
    page.on('request', (request) => monacoChunks.test(request.url()) && monaco.push(request.url()));
    await page.goto(lesson);
    expect(await page.evaluate(() => matchMedia('(pointer: coarse)').matches)).toBe(true);
    const exercise = page.locator('al-exercise');
    const runner = exercise.locator('[data-lab="runner"]');
    await exercise.locator('[data-lab="static-code"]').tap();
    const plain = runner.getByRole('textbox', { name: /TypeScript editor/ });
    await expect(plain).toBeFocused();
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(solution);
    await runner.getByRole('button', { name: 'Run', exact: true }).tap();
    await expect(runner).toHaveAttribute('data-run-count', '1', { timeout: 60_000 });
    await expect(exercise.locator('[data-lab="check"][data-pass="false"]')).toHaveCount(0);
    await expect(exercise).toHaveAttribute('data-done', '');
    expect(monaco).toEqual([]);

    // Saved as on a desktop.
    await page.reload();
    await expect(exercise.locator('[data-lab="static-code"]')).toContainText('Promise.all');
    await exercise.locator('[data-lab="static-code"]').tap();
    await expect(plain).toHaveValue(solution);

    // Reset asks, then puts the starter back in the plain editor.
    await exercise.getByRole('button', { name: 'Reset' }).tap();
    await page.getByRole('button', { name: 'Yes' }).tap();
    await expect(plain).toHaveValue(starter);
    expect(monaco).toEqual([]);

    // Monaco only when asked for, with the same text.
    await runner.getByRole('button', { name: 'Full editor' }).tap();
    await expect(runner.locator('.monaco-editor')).toBeVisible({ timeout: 60_000 });
    expect(await runnerValue(page, 'al-exercise al-runner')).toBe(starter);
    await expect(runner.getByRole('button', { name: 'Full editor' })).toHaveCount(0);
  });

  test('Show solution shows both codes without Monaco, and the solution can be put in', async ({ page }) => {
    const monaco: string[] = [];
    page.on('request', (request) => monacoChunks.test(request.url()) && monaco.push(request.url()));
    await page.goto(lesson);
    const exercise = page.locator('al-exercise');
    await exercise.getByRole('button', { name: 'Show solution' }).tap();
    await page.getByRole('button', { name: 'Yes' }).tap();
    const view = exercise.getByRole('group', { name: 'Your code (left) and the solution (right)' });
    await expect(view.getByLabel('Your code', { exact: true })).toHaveText(starter);
    await expect(view.getByLabel('The solution', { exact: true })).toHaveText(solution);
    // The solution's lines the starter lacks are marked.
    await expect(view.locator('[data-changed]').first()).toBeVisible();
    await exercise.getByRole('button', { name: 'Put the solution in the editor' }).tap();
    expect(await runnerValue(page, 'al-exercise al-runner')).toBe(solution);
    expect(monaco).toEqual([]);
  });
});

test("search works, and Pagefind's UI is not fetched until the reader goes to search", async ({ page }) => {
  const ui: string[] = [];
  page.on('request', (request) => /ui-core/.test(request.url()) && ui.push(request.url()));
  await page.goto(lesson);
  // Two idle periods: when Starlight used to fetch it.
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(() => requestIdleCallback(resolve))));
  expect(ui).toEqual([]);
  await page.getByRole('button', { name: /^Search/ }).click();
  const input = page.locator('#starlight__search input');
  await expect(input).toBeFocused({ timeout: 30_000 });
  await input.fill('event loop');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 });
  expect(ui).toHaveLength(1);
});

test('Ctrl+K opens a working search on a fresh page', async ({ page }) => {
  await page.goto('/zh/lessons/why-async/');
  await page.evaluate(() => new Promise((resolve) => requestIdleCallback(resolve)));
  await page.keyboard.press('Control+k');
  const input = page.locator('#starlight__search input');
  await expect(input).toBeFocused({ timeout: 30_000 });
  await input.fill('Promise');
  await expect(page.locator('.pagefind-ui__result-link').first()).toBeVisible({ timeout: 30_000 });
});

/**
 * The reader's side of the runners: keyboard use, saved work across reloads, share links and
 * recovery from damaged saved data.
 */
import { expect, test, type Page } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { openPlayground, runAndWait, shareHash } from './support/runner';
import { builtExercises } from './support/lessons';

const lesson = '/lessons/why-async/';
const solution = readFileSync(new URL('../content/exercises/overlap-waits/solution.ts', import.meta.url), 'utf8');

/** Presses Tab until the focused element matches `selector` (keyboard only, as a reader would). */
async function tabTo(page: Page, selector: string, limit = 250) {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((s) => !!document.activeElement?.closest(s) || !!document.activeElement?.matches(s), selector)) return;
  }
  throw new Error(`Tab never reached ${selector}`);
}

test('an exercise is passed with the keyboard alone', async ({ page }) => {
  await page.goto(lesson);
  const exercise = page.locator('al-exercise');
  await tabTo(page, 'al-exercise [data-lab="static-code"]');
  // Enter on the focused code swaps in the editor and puts the cursor in it.
  await page.keyboard.press('Enter');
  await expect(exercise.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(solution);
  await page.keyboard.press('ControlOrMeta+Enter');
  const runner = exercise.locator('[data-lab="runner"]');
  await expect(runner).toHaveAttribute('data-run-count', '1', { timeout: 60_000 });
  await expect(exercise.locator('[data-lab="check"][data-pass="false"]')).toHaveCount(0);
  await expect(exercise.locator('[data-lab="check"][data-pass="true"]')).toHaveCount(5);
  await expect(exercise).toHaveAttribute('data-done', '');
  // Escape leaves the editor for the Run button; Enter on it runs again.
  await page.keyboard.press('Escape');
  await expect(runner.getByRole('button', { name: 'Run', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(runner).toHaveAttribute('data-run-count', '2', { timeout: 30_000 });
});

test('the solution can be shown, confirmed and used with the keyboard', async ({ page }) => {
  await page.goto(lesson);
  const exercise = page.locator('al-exercise');
  await tabTo(page, 'al-exercise button[data-action="solution"]');
  await page.keyboard.press('Enter');
  const dialog = exercise.locator('dialog[data-lab="confirm"]');
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Yes' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(exercise.getByRole('button', { name: 'Put the solution in the editor' })).toBeFocused({ timeout: 30_000 });
  await page.keyboard.press('Enter');
  await tabTo(page, 'al-exercise button[data-action="run"]');
  await page.keyboard.press('Enter');
  await expect(exercise.locator('[data-lab="runner"]')).toHaveAttribute('data-run-count', '1', { timeout: 60_000 });
  await expect(exercise).toHaveAttribute('data-done', '');
});

test('Escape in the confirm dialog cancels and leaves the code alone', async ({ page }) => {
  await page.goto(lesson);
  const exercise = page.locator('al-exercise');
  await exercise.getByRole('button', { name: 'Show solution' }).click();
  await page.keyboard.press('Escape');
  await expect(exercise.locator('dialog[data-lab="confirm"]')).toBeHidden();
  await expect(exercise.locator('[data-lab="solution"]')).toBeHidden();
});

test('a reload keeps the edits and the ✓', async ({ page }) => {
  await page.goto(lesson);
  const exercise = page.locator('al-exercise');
  await exercise.locator('[data-lab="static-code"]').click();
  await expect(exercise.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(solution);
  await exercise.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(exercise).toHaveAttribute('data-done', '', { timeout: 60_000 });

  await page.reload();
  await expect(exercise).toHaveAttribute('data-done', '');
  await expect(exercise.locator('[data-lab="edited"]')).toBeVisible();
  await expect(exercise.locator('[data-lab="static-code"]')).toContainText('Promise.all');
  await expect(page.locator('.sidebar-content a[href="/lessons/why-async/"] .al-done-mark')).toHaveCount(1);
  // The home page shows the progress and the way back.
  await page.goto('/');
  // Every lesson's exercise counts: one of all of them is done.
  const total = builtExercises();
  expect(total).toBeGreaterThan(1);
  await expect(page.getByText(`1 of ${total} exercises done`)).toBeVisible();
  await expect(page.getByRole('link', { name: 'Continue where you left off: Why async' })).toHaveAttribute('href', '/lessons/why-async/');
});

test('damaged saved data is dropped with a notice, never a crash', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('async-lab:v1:code:exercise:overlap-waits', '{"starterHash": 12, "code":');
    localStorage.setItem('async-lab:v1:done', '"not a list"');
    localStorage.setItem('async-lab:v1:last', 'null');
  });
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(lesson);
  const exercise = page.locator('al-exercise');
  await expect(exercise.locator('[data-lab="storage-notice"]')).toHaveText('Saved work in this browser could not be read and was reset.');
  await expect(exercise.locator('[data-lab="edited"]')).toBeHidden();
  const run = await runAndWait(exercise.locator('[data-lab="runner"]'));
  expect(run.status).toBe('ok');
  expect(await page.evaluate(() => localStorage.getItem('async-lab:v1:code:exercise:overlap-waits'))).toBeNull();
  expect(errors).toEqual([]);
  await page.evaluate(() => localStorage.setItem('async-lab:v1:visited', '{}'));
  await page.goto('/');
  await expect(page.locator('al-progress-summary [data-lab="storage-notice"]')).toHaveText('Saved work in this browser could not be read and was reset.');
});

test('a share link round-trips through the playground', async ({ page, context }) => {
  const code = 'import { sleep, now } from "lab";\nawait sleep(250);\nconsole.log("slept", now(), "ms — 你好");';
  const runner = await openPlayground(page, 'console.log("start");');
  await runner.locator('[data-lab="static-code"]').click();
  await expect(runner.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
  await expect.poll(() => page.evaluate(() => location.hash)).toBe(shareHash(code));
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByText('Link copied to the clipboard.')).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toBe(page.url());

  const other = await context.newPage();
  await other.goto(copied);
  const opened = other.locator('[data-lab="runner"]');
  await expect(opened.locator('[data-lab="static-code"] pre.al-runner__plain')).toHaveText(code);
  await expect(other.getByText('Opened the code from a share link.')).toBeVisible();
  const run = await runAndWait(opened);
  // Real CPU time counts on the run's clock; a busy machine adds a few ms.
  expect(run.lines).toHaveLength(1);
  expect(run.lines[0]!.text).toMatch(/^slept 2[5-9]\d ms — 你好$/);
});

test('?clock=real opens the playground on the real clock', async ({ page }) => {
  await page.goto(`/playground/?clock=real${shareHash('console.log(1)')}`);
  await expect(page.getByRole('radio', { name: 'Real' })).toBeChecked();
});

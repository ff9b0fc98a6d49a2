/**
 * Issue 16 through the real UI: a snippet that forges the run's record (it rewrites every
 * message the sandbox posts to the page) still fails the overlap-waits checks, and a correct
 * solution written the way JavaScript habit writes it, team.map(fetchUser), passes team-page.
 * Every other cheat and alternative runs in Vitest (scripts/exercise-programs) through the same
 * sandbox; these two prove the page reaches the same verdicts.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';

const program = (path: string) => readFileSync(`content/exercises/${path}`, 'utf8');

async function runInExercise(page: Page, lesson: string, slug: string, code: string) {
  await page.goto(lesson);
  const exercise = page.locator(`al-exercise[data-slug="${slug}"]`);
  await exercise.locator('[data-lab="static-code"]').click();
  await expect(exercise.locator('.monaco-editor')).toBeVisible({ timeout: 60_000 });
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(code);
  await page.keyboard.press('ControlOrMeta+Enter');
  await expect(exercise.locator('[data-lab="runner"]')).toHaveAttribute('data-run-count', '1', { timeout: 150_000 });
  await expect(exercise.locator('[data-lab="check"]').first()).toBeVisible({ timeout: 60_000 });
  return exercise;
}

test('forging the record (postMessage rewritten to claim 1 s) fails overlap-waits through the UI', async ({ page }) => {
  test.setTimeout(300_000);
  const exercise = await runInExercise(page, '/lessons/why-async/', 'overlap-waits', program('overlap-waits/cheats/forge-port-messages.ts'));
  const failed = exercise.locator('[data-lab="check"][data-pass="false"]');
  await expect(failed.first()).toBeVisible();
  // The three sleeps really were sequential: the page was told 3 s, whatever the snippet rewrote
  // (plus what CPU time adds on a busy machine: an exact "3.00 s" failed on CI-like runs).
  await expect(failed.filter({ hasText: /took 3\.\d\d s, expected about 1\.00 s/ })).toHaveCount(1);
  await expect(exercise).not.toHaveAttribute('data-done', '');
});

test('team.map(fetchUser) passes team-page through the UI', async ({ page }) => {
  test.setTimeout(300_000);
  const exercise = await runInExercise(page, '/lessons/at-the-same-time/', 'team-page', program('team-page/alternatives/map-fetch-user.ts'));
  const verdicts = await exercise
    .locator('[data-lab="check"]')
    .evaluateAll((items) => items.map((item) => `${(item as HTMLElement).dataset.pass}: ${item.textContent}`));
  expect(
    verdicts.every((verdict) => verdict.startsWith('true')),
    verdicts.join('\n'),
  ).toBe(true);
  await expect(exercise).toHaveAttribute('data-done', '');
});

/**
 * Every exercise, in both languages, through the real UI: the starter fails at least one check,
 * and the solution (put in the editor with "Show solution") passes them all.
 */
import { expect, test } from '@playwright/test';
import { exerciseLabels, exerciseSlugs, lessonPages, runLabel } from './support/lessons';

/** Exercises whose checks judge a heartbeat's gaps: they run in the `timing` project, alone. */
const judgeTiming = new Set(['keep-the-heartbeat', 'heartbeat-worker']);

for (const path of lessonPages()) {
  for (const slug of exerciseSlugs(path)) {
    const tag = judgeTiming.has(slug) ? ['@timing'] : [];
    test(`${path} exercise "${slug}": the starter fails a check, the solution passes all`, { tag }, async ({ page }) => {
      test.setTimeout(90_000);
      const labels = exerciseLabels(path);
      await page.goto(path);
      const exercise = page.locator(`al-exercise[data-slug="${slug}"]`);
      const runner = exercise.locator('[data-lab="runner"]');
      const checks = exercise.locator('[data-lab="check"]');

      await runner.getByRole('button', { name: runLabel(path), exact: true }).click();
      await expect(runner).toHaveAttribute('data-run-count', '1', { timeout: 30_000 });
      await expect(checks.first()).toBeVisible();
      await expect(exercise.locator('[data-lab="check"][data-pass="false"]').first()).toBeVisible();

      await exercise.getByRole('button', { name: labels.solution }).click();
      await page.getByRole('button', { name: labels.confirm }).click();
      await exercise.getByRole('button', { name: labels.useSolution }).click();
      await runner.getByRole('button', { name: runLabel(path), exact: true }).click();
      await expect(runner).toHaveAttribute('data-run-count', '2', { timeout: 60_000 });
      await expect(checks.first()).toBeVisible();
      const verdicts = await checks.evaluateAll((items) => items.map((item) => `${(item as HTMLElement).dataset.pass}: ${item.textContent}`));
      const status = await runner.locator('[data-lab="status"]').textContent();
      expect(
        verdicts.every((verdict) => verdict.startsWith('true')),
        [status, ...verdicts].join('\n'),
      ).toBe(true);
      await expect(exercise).toHaveAttribute('data-done', '');
    });
  }
}

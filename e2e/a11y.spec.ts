/**
 * axe on every page, both languages, light and dark, before and after running code: no serious
 * or critical violations.
 */
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { builtPages } from './support/site';
import { runLabel } from './support/lessons';

async function seriousViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join('\n  ')}`);
}

/** Pages whose output panel is checked after a run: a lesson with an exercise, and the playground. */
const afterRun = ['/lessons/why-async/', '/lessons/many-requests/', '/playground/'];

for (const theme of ['light', 'dark'] as const) {
  test.describe(`${theme} theme`, () => {
    test.use({ colorScheme: theme });
    for (const path of builtPages()) {
      test(`${path} has no serious accessibility violations`, async ({ page }) => {
        await page.goto(path);
        await expect(page.locator('html')).toHaveAttribute('data-theme', theme);
        expect(await seriousViolations(page)).toEqual([]);
        // The output panel, timeline and checklist appear only after a run: check them too, on
        // one page of each kind (they are the same components everywhere).
        const runners = page.locator('[data-lab="runner"]');
        if (afterRun.includes(path.replace(/^\/zh\//, '/')) && (await runners.count()) > 0) {
          // The first example, and the exercise if there is one (its checklist appears then).
          const exercise = page.locator('al-exercise [data-lab="runner"]');
          const toRun = (await exercise.count()) > 0 ? [runners.first(), exercise.first()] : [runners.first()];
          for (const runner of toRun) {
            await runner.getByRole('button', { name: runLabel(path), exact: true }).click();
            await expect(runner).toHaveAttribute('data-run-count', '1', { timeout: 30_000 });
          }
          expect(await seriousViolations(page)).toEqual([]);
        }
      });
    }
  });
}

/**
 * One walk over every built page, in both languages:
 * - axe, light and dark, before and after running code: no serious or critical violations (the
 *   rules that depend on colour, in both themes, on the English pages and the Chinese home page;
 *   every other rule on every page);
 * - nothing leaves the site: no request goes to another host, and the page carries a
 *   Content-Security-Policy that names no other host and that nothing on it violated.
 */
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, themeRules } from './support/axe';
import { builtPages, guardOffline, recordViolations } from './support/site';
import { runLabel } from './support/lessons';

/**
 * Checks the page in light with every rule, then switches to dark with Starlight's own theme
 * picker, as a reader would, and checks again the rules a theme can change (`themeRules`): one
 * page load serves both themes.
 */
async function bothThemes(page: Page, when: string, { colours = true } = {}) {
  await page.getByRole('banner').locator('starlight-theme-select select').selectOption('light');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'light');
  expect(await seriousViolations(page, colours ? {} : { except: themeRules }), `light, ${when}`).toEqual([]);
  if (!colours) return;
  await page.getByRole('banner').locator('starlight-theme-select select').selectOption('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await seriousViolations(page, { rules: themeRules }), `dark, ${when}`).toEqual([]);
}

/** Pages whose output panel is checked after a run: a lesson with an exercise, and the playground. */
const afterRun = ['/lessons/why-async/', '/lessons/many-requests/', '/playground/'];

test.use({ colorScheme: 'light' });

for (const path of builtPages()) {
  test(`${path} has no serious accessibility violations, light or dark, and stays on the site`, async ({ page, context, baseURL }) => {
    const guard = await guardOffline(context, baseURL!);
    const policyViolations = await recordViolations(page);
    const response = await page.goto(path);
    expect(response?.status()).toBeLessThan(400);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content');
    expect(policy).toContain("default-src 'self'");
    expect(policy).not.toMatch(/https?:\/\/|\*/);
    // Colours (both themes) are checked on every English page and the Chinese home page: a
    // Chinese lesson is its English twin's elements under the same stylesheet, with other words
    // (the Predict and exercise specs prove the blocks alike), and colour-contrast is most of
    // axe's time. Every other rule runs on every page.
    const colours = !path.startsWith('/zh/') || path === '/zh/';
    await bothThemes(page, 'as loaded', { colours });
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
      await bothThemes(page, 'after a run', { colours });
    }
    // After the checks, which take seconds: what the page loads when idle has been asked for too.
    expect(await policyViolations()).toEqual([]);
    expect(await guard.leaks()).toEqual([]);
    expect(await guard.refusedByPolicy()).toEqual([]);
  });
}

test('the check reports a serious violation when a page has one', async ({ page }) => {
  await page.goto('/');
  await page.evaluate(() => document.querySelector('main')?.append(Object.assign(document.createElement('button'), { className: 'nameless' })));
  expect((await seriousViolations(page)).join('\n')).toContain('button-name (critical)');
});

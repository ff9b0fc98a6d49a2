/**
 * One walk over every built page, in both languages (one page load serves all three checks):
 * - axe, light and dark, before and after running code: no serious or critical violations (the
 *   rules that depend on colour, in both themes, on the English pages and the Chinese home page;
 *   every other rule on every page);
 * - every example on a lesson page runs and ends the way the lesson says (`ok` unless the example
 *   is marked otherwise), through the runner contract. A Chinese example that differs from its
 *   English twin only in the text it prints, and is expected to end the same way, is the same
 *   program: its twin's run on the English page proves it (the recording test in
 *   scripts/exercise-programs also holds the pair to one shape), so only the others run;
 * - nothing leaves the site: no request goes to another host, and the page carries a
 *   Content-Security-Policy that names no other host and that nothing on it violated.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { seriousViolations, themeRules } from './support/axe';
import { builtPages, guardOffline, recordViolations } from './support/site';
import { builtHtml, lessonPages, runLabel } from './support/lessons';
import { runAndWait } from './support/runner';
import { codeShape } from '../scripts/exercise-programs/examples';

/**
 * Checks the page in light with every rule, then switches to dark with Starlight's own theme
 * picker, as a reader would, and checks again the rules a theme can change (`themeRules`).
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

const example = (file: string) => readFileSync(new URL(`../content/examples/${file}`, import.meta.url), 'utf8');
/** How each English example is expected to end, by file, from the built English pages. */
const englishExpect = new Map(
  lessonPages()
    .filter((path) => !path.startsWith('/zh/'))
    .flatMap((path) => [...builtHtml(path).matchAll(/<al-runner[^>]*>/g)])
    .map(([tag]) => [/data-editor-key="example:([^"]+)"/.exec(tag)?.[1], /data-expect="([^"]+)"/.exec(tag)?.[1]] as const)
    .filter(([file]) => file),
);

/** Whether a Chinese page's example is its English twin with other words, expected to end alike. */
async function provenByTwin(file: string, expected: string | null): Promise<boolean> {
  const twin = file.replace(/\.zh\.ts$/, '.ts');
  if (twin === file || englishExpect.get(twin) !== (expected ?? 'ok')) return false;
  return (await codeShape(example(twin))) === (await codeShape(example(file)));
}

/** Runs every example on a lesson page (but those its English twin proves) and checks each end. */
async function runEveryExample(page: Page, path: string) {
  const examples = page.locator('[data-lab="runner"][data-variant="example"]');
  const count = await examples.count();
  for (let i = 0; i < count; i++) {
    const runner = examples.nth(i);
    const what = `example "${await runner.getAttribute('data-title')}"`;
    const file = (await runner.getAttribute('data-editor-key'))!.replace(/^example:/, '');
    const expected = await runner.getAttribute('data-expect');
    if (path.startsWith('/zh/') && (await provenByTwin(file, expected))) continue;
    const run = await runAndWait(runner, { button: runLabel(path) });
    expect(run.status, what).toBe(expected ?? 'ok');
  }
}

/**
 * Pages whose output panel, timeline and checklist are checked by axe after a run (they are the
 * same components everywhere): a lesson with an exercise, and the playground.
 */
const afterRun = ['/lessons/why-async/', '/lessons/many-requests/', '/playground/'];

test.use({ colorScheme: 'light' });

for (const path of builtPages()) {
  const lesson = lessonPages().includes(path);
  const title = `${path}: no serious accessibility violations, light or dark,${lesson ? ' every example runs as the lesson says,' : ''} and nothing leaves the site`;
  test(title, async ({ page, context, baseURL }) => {
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
    if (lesson) await runEveryExample(page, path);
    const runners = page.locator('[data-lab="runner"]');
    if (afterRun.includes(path.replace(/^\/zh\//, '/')) && (await runners.count()) > 0) {
      // The exercise too, if there is one (its checklist appears then); the playground's runner.
      const exercise = page.locator('al-exercise [data-lab="runner"]');
      if ((await exercise.count()) > 0) await runAndWait(exercise.first(), { button: runLabel(path) });
      else if (!lesson) await runAndWait(runners.first(), { button: runLabel(path) });
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

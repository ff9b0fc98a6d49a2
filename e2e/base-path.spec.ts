/**
 * The site built for a host that serves it under a prefix (`npm run build:base`: --base /async-lab/
 * and a public --site, into dist-base/), as GitHub Pages serves a project site. Runs only in the
 * `base` project of playwright.config.ts, whose baseURL ends in /async-lab/: every goto here is
 * relative to it. `astro preview` serves nothing outside the base, and the walk also checks that
 * nothing asked for anything there.
 */
import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { runAndWait, shareHash } from './support/runner';
import { checkServiceWorkerUpdate } from './support/sw-update';

const base = '/async-lab/';
const solution = readFileSync(new URL('../content/exercises/overlap-waits/solution.ts', import.meta.url), 'utf8');

test.use({ serviceWorkers: 'allow' });

/** Opens Starlight's search, looks for `query`, and returns the first result's link. */
async function search(page: Page, query: string) {
  await page.locator('button[data-open-modal]').first().click();
  const dialog = page.locator('dialog[open]');
  await dialog.locator('input.pagefind-ui__search-input').fill(query);
  const first = dialog.locator('.pagefind-ui__result-link').first();
  await expect(first).toBeVisible({ timeout: 60_000 });
  return first;
}

test('a reader can read, run, edit, search, share and go offline under /async-lab/', async ({ page, context, baseURL }) => {
  // Long on a busy two-core machine: three cold compiler loads (lesson, shared link, offline).
  test.setTimeout(480_000);
  const origin = new URL(baseURL!).origin;
  // Every request of the pages, frames, workers and the service worker, watched rather than
  // routed: with a route in place Chromium sends the pages' requests past the service worker.
  const outside: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol === 'blob:' || url.protocol === 'data:') return;
    if (url.origin !== origin || !url.pathname.startsWith(base)) outside.push(request.url());
  });

  // Home: the canonical link and the card use the public site; the lesson list stays under the base.
  await page.goto('');
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', 'https://example.org/async-lab/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute('content', 'https://example.org/async-lab/og-card.png');
  await page.locator('[data-lab="lesson-list"] a').first().click();
  await expect(page).toHaveURL(`${origin}${base}lessons/why-async/`);
  // Wait for the page's scripts, or the first click lands on a button that does nothing yet.
  await page.waitForLoadState('load');

  // An unedited example runs in the sandbox frame.
  const example = page.locator('[data-lab="runner"]').first();
  expect((await runAndWait(example)).status).toBe('ok');

  // Search finds lessons in each language, and its links stay under the base (before the edit,
  // whose compiler warm-up would hold the search worker back on a busy machine).
  const english = await search(page, 'event loop');
  expect(await english.getAttribute('href')).toMatch(new RegExp(`^${base}lessons/`));
  await page.keyboard.press('Escape');
  // The language switch leads to the same lesson in Chinese.
  await page.getByRole('banner').locator('starlight-lang-select select').selectOption({ label: '简体中文' });
  await expect(page).toHaveURL(`${origin}${base}zh/lessons/why-async/`);
  await page.waitForLoadState('load');
  const chinese = await search(page, '事件循环');
  expect(await chinese.getAttribute('href')).toMatch(new RegExp(`^${base}zh/lessons/`));
  await chinese.click();
  await expect(page).toHaveURL(new RegExp(`${base}zh/lessons/`));
  await page.goto('lessons/why-async/');

  // Edit and run: Monaco, its workers and the compiler load from under the base, and the
  // exercise passes with the solution typed in. First the service worker takes over (registered
  // under the base, with its scope there), so what the edit loads is cached for offline use.
  await expect(page.getByText('Ready offline: every lesson can be read')).toBeVisible({ timeout: 60_000 });
  const exercise = page.locator('al-exercise');
  await exercise.locator('[data-lab="static-code"]').click();
  await expect(exercise.locator('.monaco-editor')).toBeVisible({ timeout: 60_000 });
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.insertText(solution);
  const run = await runAndWait(exercise.locator('[data-lab="runner"]'), { timeout: 90_000 });
  expect(run.status).toBe('ok');
  await expect(exercise).toHaveAttribute('data-done', '', { timeout: 30_000 });
  await expect(page.locator('html')).toHaveAttribute('data-lab-compiler', /ready|warm/);
  // What the edit loaded is now in this copy's own on-demand cache (its name carries the base, so
  // another copy of the site on the same host keeps its caches). Monaco's TypeScript worker may
  // arrive after the run, hence the poll.
  const cached = () =>
    page.evaluate(async () => {
      const names = await caches.keys();
      const urls = await Promise.all(names.map(async (name) => (await (await caches.open(name)).keys()).map((request) => `${name} ${request.url}`)));
      return { names, urls: urls.flat() };
    });
  const heavyParts = [/esbuild[.-][^/]*\.wasm$/, /monaco-editor[.-][^/]*\.js$/, /ts\.worker[.-][^/]*\.js$/, /compiler-worker[.-][^/]*\.js$/];
  const onDemand = new RegExp(`^async-lab-on-demand@${base} ${origin}${base}_astro/`);
  const missing = async () => {
    const urls = (await cached()).urls.filter((entry) => onDemand.test(entry));
    return heavyParts.filter((part) => !urls.some((url) => part.test(url))).map(String);
  };
  await expect.poll(missing, { timeout: 60_000 }).toEqual([]);
  for (const name of (await cached()).names) expect(name).toContain(`@${base}`);

  // The playground's share link carries the base and opens the same code again.
  const code = 'import { sleep, now } from "lab";\nawait sleep(250);\nconsole.log("shared", now());';
  await page.goto(`playground/${shareHash(code)}`);
  const playground = page.locator('al-playground');
  await expect(playground.locator('[data-lab="playground-message"]')).toHaveText('Opened the code from a share link.');
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin });
  await playground.getByRole('button', { name: 'Copy link' }).click();
  const link = page.url();
  expect(link.startsWith(`${origin}${base}playground/#code/`)).toBe(true);
  await page.goto('');
  await page.goto(link);
  const shared = playground.locator('[data-lab="runner"]');
  const sharedRun = await runAndWait(shared, { timeout: 90_000 });
  expect(sharedRun.lines.map((line) => line.text)).toEqual([expect.stringMatching(/^shared 25\d$/)]);

  // Offline: the page comes back from the service worker, and editing and running still work.
  await context.setOffline(true);
  await page.reload();
  await expect(playground.locator('[data-lab="playground-message"]')).toHaveText('Opened the code from a share link.');
  const offlineRun = await runAndWait(shared, { timeout: 90_000 });
  expect(offlineRun.status).toBe('ok');
  await page.goto('lessons/event-loop/');
  expect((await runAndWait(page.locator('[data-lab="runner"]').first())).status).toBe('ok');
  await context.setOffline(false);

  expect(outside).toEqual([]);
});

test('a page that does not exist answers with the not-found page, in both languages', async ({ page }) => {
  const response = await page.goto('zh/lessons/no-such-lesson/');
  expect(response?.status()).toBe(404);
  const sections = page.locator('[data-lab="not-found"] > section');
  await expect(sections.first()).toHaveAttribute('lang', 'zh-CN');
  await expect(sections.nth(1)).toHaveAttribute('lang', 'en');
  await expect(sections.first().locator('a[href$="/zh/lessons/why-async/"]')).toHaveAttribute('href', `${base}zh/lessons/why-async/`);
});

test('a new deploy under /async-lab/ is offered with "Update now" and never mixed with the open one', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  await checkServiceWorkerUpdate(browser, new URL(baseURL!).origin, `${base}lessons/why-async/`);
});

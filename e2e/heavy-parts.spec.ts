/**
 * The heavy parts load on intent only: reading and running unedited examples needs neither
 * Monaco nor esbuild.wasm, and an edit fetches esbuild.wasm once; after one visit the site works
 * offline, editing and running included.
 */
import { expect, test } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { runAndWait } from './support/runner';
import { exerciseLabels } from './support/lessons';
import { heavyPartPath as heavy } from '../src/shared/heavy-parts.mjs';

const solution = readFileSync(new URL('../content/exercises/overlap-waits/solution.ts', import.meta.url), 'utf8');

test('an unedited example runs to the right output with Monaco and esbuild.wasm unreachable', async ({ page }) => {
  const blocked: string[] = [];
  await page.route(heavy, (route) => {
    blocked.push(route.request().url());
    return route.abort();
  });
  await page.goto('/lessons/why-async/');
  const runner = page.locator('[data-lab="runner"]').first();
  const run = await runAndWait(runner);
  expect(run.status).toBe('ok');
  // Real CPU time counts on the run's clock: a busy test machine adds a few ms to each line.
  const printed = run.lines.map((line) => line.text.replace(/\d+ ms$/, (ms) => `${Math.round(parseInt(ms, 10) / 100) * 100} ms`));
  expect(printed).toEqual(['tea ready at 1000 ms', 'coffee ready at 2000 ms', 'juice ready at 3000 ms', 'all done at 3000 ms']);
  expect(blocked).toEqual([]);
});

test('the first edit fetches esbuild.wasm once, and later runs reuse it', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(request.url());
  });
  await page.goto('/lessons/why-async/');
  const exercise = page.locator('al-exercise');
  await exercise.locator('[data-lab="static-code"]').click();
  await expect(exercise.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
  expect(wasm).toEqual([]);
  await page.keyboard.press('End');
  await page.keyboard.type(' // edited');
  await expect.poll(() => wasm.length, { timeout: 30_000 }).toBe(1);
  const runner = exercise.locator('[data-lab="runner"]');
  await runAndWait(runner, { timeout: 60_000 });
  // Run took the focus: back into the editor (typing a space on the button would run again).
  await exercise.locator('.monaco-editor .view-lines').click();
  await page.keyboard.press('End');
  await page.keyboard.type(' again');
  await expect(exercise.locator('.monaco-editor')).toContainText('again');
  await runAndWait(runner);
  expect(wasm).toHaveLength(1);
});

test('a solution put in with "Use it" runs as the build compiled it, without fetching esbuild.wasm', async ({ page }) => {
  const wasm: string[] = [];
  page.on('request', (request) => {
    if (request.url().endsWith('.wasm')) wasm.push(request.url());
  });
  await page.goto('/lessons/why-async/');
  const exercise = page.locator('al-exercise');
  const labels = exerciseLabels('/lessons/why-async/');
  await exercise.getByRole('button', { name: labels.solution }).click();
  await page.getByRole('button', { name: labels.confirm }).click();
  await exercise.getByRole('button', { name: labels.useSolution }).click();
  const run = await runAndWait(exercise.locator('[data-lab="runner"]'));
  expect(run.status).toBe('ok');
  await expect(exercise).toHaveAttribute('data-done', '');
  expect(wasm).toEqual([]);
});

test.describe('offline after the first visit', () => {
  test.use({ serviceWorkers: 'allow' });

  test('a reader who ran one edited snippet can later open, edit and run another page offline', async ({ page, context }) => {
    test.setTimeout(120_000);
    // The reader edits at once: the editor and the compiler load before the service worker is
    // registered (its precache waits for them), and it takes them from the HTTP cache afterwards.
    const seen = { editorLoaded: 0, workerRequested: 0 };
    context.on('requestfinished', (request) => /\/_astro\/monaco-editor\./.test(request.url()) && (seen.editorLoaded ||= Date.now()));
    context.on('request', (request) => request.url().endsWith('/sw.js') && (seen.workerRequested ||= Date.now()));
    await page.goto('/lessons/why-async/');
    const exercise = page.locator('al-exercise');
    await exercise.locator('[data-lab="static-code"]').click();
    await expect(exercise.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText(solution);
    await runAndWait(exercise.locator('[data-lab="runner"]'), { timeout: 60_000 });
    await expect(page.getByText('Ready offline: every lesson can be read, edited and run')).toBeVisible({ timeout: 60_000 });
    expect(seen.editorLoaded).toBeGreaterThan(0);
    expect(seen.workerRequested).toBeGreaterThan(seen.editorLoaded);

    // With its copy stored, the worker leaves esbuild.wasm to the browser (the HTTP cache keeps
    // V8's compiled code with it), and still hands out the copy as ?offline-copy: the compiler's
    // way in when the network fails while the browser believes it is online.
    const wasmUrl = await page.evaluate(async () => {
      for (const name of await caches.keys()) {
        const stored = (await (await caches.open(name)).keys()).find((request) => request.url.endsWith('.wasm'));
        if (stored) return stored.url;
      }
      return undefined;
    });
    expect(wasmUrl).toBeTruthy();
    await context.route(/\.wasm(\?.*)?$/, (route) => route.abort('internetdisconnected'));
    const fetched = await page.evaluate(async (url) => {
      const status = (response: Promise<Response>) => response.then((r) => r.status).catch(() => 'failed');
      return { plain: await status(fetch(url)), copy: await status(fetch(`${url}?offline-copy`)) };
    }, wasmUrl!);
    expect(fetched).toEqual({ plain: 'failed', copy: 200 });
    await context.unroute(/\.wasm(\?.*)?$/);

    await context.setOffline(true);
    await page.goto('/zh/lessons/why-async/');
    const runner = page.locator('al-exercise [data-lab="runner"]');
    await runner.locator('[data-lab="static-code"]').click();
    await expect(runner.locator('.monaco-editor')).toBeVisible({ timeout: 30_000 });
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.insertText('import { sleep, now } from "lab";\nawait sleep(1500);\nconsole.log("离线也能运行", now());');
    const run = await runAndWait(runner, { button: '运行', timeout: 60_000 });
    expect(run.status).toBe('ok');
    // The run's clock counts real CPU time too, and this run shares two cores with the editor's
    // and the compiler's start and with the test beside it: CI once saw 1591. The timing project
    // holds the clock's accuracy; here it only has to have run, from the cache.
    expect(run.lines).toHaveLength(1);
    expect(run.lines[0]!.text).toMatch(/^离线也能运行 1[56]\d\d$/);
    // Another page, straight from the cache.
    await page.goto('/playground/?clock=real');
    await expect(page.getByRole('button', { name: 'Run', exact: true })).toBeVisible();
  });
});

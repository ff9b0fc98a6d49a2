/**
 * The site's own Content-Security-Policy at work, and what hostile code in a share link can do.
 * (That every page carries the policy is checked in offline.spec.ts, in the same walk over every
 * page; what code inside the sandbox can reach is in sandbox.spec.ts.)
 */
import { expect, test } from '@playwright/test';
import { guardOffline, recordViolations } from './support/site';
import { openPlayground, runAndWait, shareHash } from './support/runner';

test('opening the editor, compiling and running trigger no policy violation', async ({ page }) => {
  const violations = await recordViolations(page);
  const runner = await openPlayground(page, `import { sleep } from "lab";\nawait sleep(10);\nconsole.log("ok");`);
  await runner.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(runner).toHaveAttribute('data-run-status', 'ok', { timeout: 30_000 });
  await runner.locator('[data-lab="static-code"]').click();
  await expect(runner.locator('.monaco-editor').first()).toBeVisible({ timeout: 30_000 });
  expect(await violations()).toEqual([]);
});

test('a hostile share link cannot reach the page: its output is text, its code stays in the sandbox', async ({ page, context, baseURL }) => {
  const guard = await guardOffline(context, baseURL!);
  await page.goto('/');
  await page.evaluate(() => localStorage.setItem('async-lab:v1:done', JSON.stringify(['overlap-waits'])));
  const hostile = `console.log('<img src=x onerror="document.title=\\'pwned\\'">');
try { (globalThis as any).parent.document.title = "pwned"; } catch {}
try { (globalThis as any).top.location = "https://example.com/"; } catch {}
try { (globalThis as any).postMessage({ kind: "done", status: "ok" }); } catch {}
console.log("still here");`;
  const runner = await openPlayground(page, hostile);
  const run = await runAndWait(runner);
  expect(run.lines.map((line) => line.text)).toEqual([`<img src=x onerror="document.title='pwned'">`, 'still here']);
  expect(await page.title()).not.toBe('pwned');
  expect(page.url()).toContain('/playground/');
  expect(await runner.locator('[data-lab="console"] img').count()).toBe(0);
  expect(await page.evaluate(() => localStorage.getItem('async-lab:v1:done'))).toBe(JSON.stringify(['overlap-waits']));
  expect(await guard.leaks()).toEqual([]);
});

test('the share link of hostile code is only code: loading it runs nothing until Run', async ({ page }) => {
  await page.goto(`/playground/${shareHash('while (true) {}')}`);
  const runner = page.locator('[data-lab="runner"]');
  await expect(runner.locator('[data-lab="static-code"]')).toContainText('while (true) {}');
  // The sandbox frame is made when the page is idle: by then a run started on load would show.
  await expect(page.locator('iframe[title="Async Lab sandbox"]')).toBeAttached({ timeout: 15_000 });
  // A run, even one still looping, marks the runner as running, shows the output panel and
  // enables Stop; none of that may have happened.
  await expect(runner).not.toHaveAttribute('data-running');
  await expect(runner.locator('[data-lab="output"]')).toBeHidden();
  await expect(runner.getByRole('button', { name: 'Stop', exact: true })).toBeDisabled();
  await expect(runner).toHaveAttribute('data-run-count', '0');
});

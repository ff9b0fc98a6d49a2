/**
 * The site's own Content-Security-Policy, and what hostile code in a share link can do. (What
 * code inside the sandbox can reach is in sandbox.spec.ts.)
 */
import { expect, test, type Page } from '@playwright/test';
import { builtPages, guardOffline } from './support/site';
import { openPlayground, runAndWait, shareHash } from './support/runner';

/** Collects CSP violations reported in the page and its frames. */
async function recordViolations(page: Page) {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

test('every page carries a policy that names no other host, and nothing on it violates the policy', async ({ page }) => {
  const pages = builtPages();
  test.setTimeout(20_000 + pages.length * 4_000);
  const violations = await recordViolations(page);
  for (const path of pages) {
    await page.goto(path, { waitUntil: 'networkidle' });
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content');
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).not.toMatch(/https?:\/\/|\*/);
    expect(await violations(), path).toEqual([]);
  }
});

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
  await expect(runner).toHaveAttribute('data-run-count', '0');
  expect(await page.evaluate(() => 2 + 2)).toBe(4);
});

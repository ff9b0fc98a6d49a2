import { expect, test } from '@playwright/test';
import { builtPages, guardOffline, recordViolations } from './support/site';

const pages = builtPages();

test('the build has the home page and the playground in both languages', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/zh/', '/playground/', '/zh/playground/']));
});

/**
 * One walk over every built page proves both halves of "nothing leaves the site": no request
 * went to another host, and each page carries a Content-Security-Policy that names no other
 * host and that nothing on the page violated.
 */
test('no page requests anything from another host, and each carries a policy that names none', async ({ page, context, baseURL }) => {
  test.setTimeout(30_000 + pages.length * 5_000);
  const guard = await guardOffline(context, baseURL!);
  const violations = await recordViolations(page);
  for (const path of pages) {
    const response = await page.goto(path, { waitUntil: 'networkidle' });
    expect(response?.status(), path).toBeLessThan(400);
    const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').first().getAttribute('content');
    expect(policy, path).toContain("default-src 'self'");
    expect(policy, path).not.toMatch(/https?:\/\/|\*/);
    expect(await violations(), path).toEqual([]);
  }
  expect(await guard.leaks()).toEqual([]);
  expect(await guard.refusedByPolicy()).toEqual([]);
});

test('the offline guard notices a request to another host', async ({ page, context, baseURL }) => {
  const guard = await guardOffline(context, baseURL!);
  // A page without the site's policy: the request really goes out, and the guard catches it.
  await page.setContent('<img src="http://example.invalid/pixel.png" alt="">');
  await expect.poll(() => guard.leaks()).toEqual(['http://example.invalid/pixel.png']);
  // On a page of the site, the policy refuses it before it leaves.
  await page.goto('/playground/');
  await page.evaluate(() => {
    const img = document.createElement('img');
    img.src = 'http://example.invalid/other.png';
    document.body.append(img);
  });
  await expect.poll(() => guard.refusedByPolicy()).toEqual(['http://example.invalid/other.png']);
  expect(await guard.leaks()).toEqual(['http://example.invalid/pixel.png']);
});

import { expect, test } from '@playwright/test';
import { builtPages, guardOffline } from './support/site';

const pages = builtPages();

test('the build has the home page and the playground in both languages', () => {
  expect(pages).toEqual(expect.arrayContaining(['/', '/zh/', '/playground/', '/zh/playground/']));
});

// That no page requests anything from another host, and that each carries a policy naming none,
// is proven on the walk over every page in pages.spec.ts (one page load serves both).

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

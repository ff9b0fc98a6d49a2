/**
 * A new deploy reaches a reader with the old one open: "Update now", and never a mix of old and
 * new files. The same check runs under a base path in base-path.spec.ts.
 */
import { test } from '@playwright/test';
import { checkServiceWorkerUpdate } from './support/sw-update';

test('a new deploy is offered with "Update now" and never mixed with the open one', async ({ browser, baseURL }) => {
  test.setTimeout(180_000);
  await checkServiceWorkerUpdate(browser, new URL(baseURL!).origin, '/lessons/why-async/');
});

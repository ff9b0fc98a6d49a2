/**
 * Walks every lesson page in both languages and runs every example on it, through the runner
 * contract: each must end the way the lesson says (`ok` unless the example is marked otherwise).
 */
import { expect, test } from '@playwright/test';
import { guardOffline } from './support/site';
import { lessonPages, runLabel } from './support/lessons';

for (const path of lessonPages()) {
  test(`every example on ${path} runs as the lesson says`, async ({ page, context, baseURL }) => {
    const guard = await guardOffline(context, baseURL!);
    await page.goto(path);
    const examples = page.locator('[data-lab="runner"][data-variant="example"]');
    const count = await examples.count();
    for (let i = 0; i < count; i++) {
      const runner = examples.nth(i);
      const title = await runner.getAttribute('data-title');
      await runner.getByRole('button', { name: runLabel(path), exact: true }).click();
      await expect(runner, `example "${title}"`).toHaveAttribute('data-run-count', '1', { timeout: 30_000 });
      await expect(runner, `example "${title}"`).toHaveAttribute('data-run-status', (await runner.getAttribute('data-expect')) ?? 'ok');
    }
    expect(await guard.leaks()).toEqual([]);
  });
}

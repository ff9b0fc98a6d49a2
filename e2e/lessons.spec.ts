/**
 * Walks every lesson page in both languages and runs its examples, through the runner contract:
 * each must end the way the lesson says (`ok` unless the example is marked otherwise). A Chinese
 * example that differs from its English twin only in the text it prints, and is expected to end
 * the same way, is the same program: its twin's run on the English page proves it (the recording
 * test in scripts/exercise-programs also holds the pair to one shape), so only the others run.
 */
import { readFileSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { guardOffline } from './support/site';
import { builtHtml, lessonPages, runLabel } from './support/lessons';
import { codeShape } from '../scripts/exercise-programs/examples';

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

for (const path of lessonPages()) {
  test(`every example on ${path} runs as the lesson says`, async ({ page, context, baseURL }) => {
    const guard = await guardOffline(context, baseURL!);
    await page.goto(path);
    const examples = page.locator('[data-lab="runner"][data-variant="example"]');
    const count = await examples.count();
    for (let i = 0; i < count; i++) {
      const runner = examples.nth(i);
      const title = await runner.getAttribute('data-title');
      const file = (await runner.getAttribute('data-editor-key'))!.replace(/^example:/, '');
      if (path.startsWith('/zh/') && (await provenByTwin(file, await runner.getAttribute('data-expect')))) continue;
      await runner.getByRole('button', { name: runLabel(path), exact: true }).click();
      await expect(runner, `example "${title}"`).toHaveAttribute('data-run-count', '1', { timeout: 30_000 });
      await expect(runner, `example "${title}"`).toHaveAttribute('data-run-status', (await runner.getAttribute('data-expect')) ?? 'ok');
    }
    expect(await guard.leaks()).toEqual([]);
  });
}

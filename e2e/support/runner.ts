import { expect, type Locator, type Page } from '@playwright/test';
import { playgroundPath } from '../../scripts/lab-driver.mjs';

export { compilerSettled, loadIntoPlayground, shareHash } from '../../scripts/lab-driver.mjs';

/** What a finished run shows, read through the runner contract only. */
export interface RunResult {
  status: string | null;
  virtualMs: number;
  realMs: number;
  lines: Array<{ level: string; text: string }>;
  spans: Array<{ label: string; start: number; end: number }>;
}

/** Opens the playground with `code` in it (through a share link). */
export async function openPlayground(page: Page, code: string, { clock = 'instant', lang = 'en' }: { clock?: 'instant' | 'real'; lang?: 'en' | 'zh' } = {}) {
  await page.goto(playgroundPath(code, { clock, lang }));
  return page.locator('[data-lab="runner"]').first();
}

/** Clicks Run and waits until the runner has finished one more run. */
export async function runAndWait(runner: Locator, { timeout = 30_000, button = 'Run' }: { timeout?: number; button?: string } = {}): Promise<RunResult> {
  const before = Number((await runner.getAttribute('data-run-count')) ?? '0');
  await runner.getByRole('button', { name: button, exact: true }).click();
  await expect(runner).toHaveAttribute('data-run-count', String(before + 1), { timeout });
  return readRun(runner);
}

export async function readRun(runner: Locator): Promise<RunResult> {
  return {
    status: await runner.getAttribute('data-run-status'),
    virtualMs: Number(await runner.getAttribute('data-virtual-ms')),
    realMs: Number(await runner.getAttribute('data-real-ms')),
    lines: await runner
      .locator('[data-lab="console"] [data-lab="line"]')
      .evaluateAll((nodes) => nodes.map((node) => ({ level: (node as HTMLElement).dataset.level ?? '', text: node.textContent ?? '' }))),
    spans: await runner.locator('[data-lab="timeline"] [data-lab="span"]').evaluateAll((nodes) =>
      nodes.map((node) => {
        const data = (node as HTMLElement | SVGElement).dataset;
        return { label: data.label ?? '', start: Number(data.start), end: Number(data.end) };
      }),
    ),
  };
}

/** Runs `code` in the playground and returns what the runner shows. */
export async function runSnippet(page: Page, code: string, options: { clock?: 'instant' | 'real'; timeout?: number } = {}): Promise<RunResult> {
  const runner = await openPlayground(page, code, options);
  return runAndWait(runner, options);
}

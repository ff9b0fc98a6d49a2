/**
 * Runs exercise programs (starters, solutions, cheats, alternatives) through the real sandbox in
 * Chromium, the way a lesson page does: compiled by the build's own native esbuild module
 * (src/build/esbuild.ts, as the build precompiles), run by the site's SandboxHost in the sandbox
 * document the build serves (buildSandboxDocument), and judged in Node by the exercise's own
 * check.ts. Only the editor and the checklist's markup are left out.
 *
 * The page and the frame are served from a made-up origin through Playwright's routing: nothing
 * is fetched from the network, and no built site is needed.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildSandboxDocument } from '../../src/build/sandbox-document';
import { bundleScript, precompile } from '../../src/build/esbuild';
import type { CompiledProgram, RunRecord } from '../../src/lab/types';
import { resolveChromium } from '../find-browser.mjs';

const origin = 'http://exercise-harness.test';

export interface Harness {
  run(source: string): Promise<RunRecord>;
  close(): Promise<void>;
}

/** Compiles `source` as the build precompiles examples; throws when it does not compile. */
export const compile = (source: string): Promise<CompiledProgram> => precompile(source, 'the program');

export async function startHarness(root = process.cwd()): Promise<Harness> {
  const executablePath = await resolveChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: install one with `sudo apt-get install -y chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH.');
  }
  const [sandboxHtml, script] = await Promise.all([buildSandboxDocument(root), bundleScript(join(root, 'scripts', 'exercise-programs', 'host-entry.ts'))]);
  const browser: Browser = await chromium.launch({ executablePath, args: ['--no-first-run', '--disable-background-networking'] });
  const page: Page = await browser.newPage();
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/sandbox.html') return route.fulfill({ contentType: 'text/html', body: sandboxHtml });
    if (path === '/') return route.fulfill({ contentType: 'text/html', body: `<!doctype html><title>harness</title><script>${script}</script>` });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${origin}/`);
  return {
    async run(source) {
      const program = await compile(source);
      return page.evaluate((p) => (window as unknown as { runProgram(p: CompiledProgram): Promise<RunRecord> }).runProgram(p), program);
    },
    close: () => browser.close(),
  };
}

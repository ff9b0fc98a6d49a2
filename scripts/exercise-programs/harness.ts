/**
 * Runs exercise programs (starters, solutions, cheats, alternatives) through the real sandbox in
 * Chromium, the way a lesson page does: compiled by the build's own native esbuild module
 * (src/build/esbuild.ts, as the build precompiles), run by the site's SandboxHost in the sandbox
 * document the build serves (buildSandboxDocument, with the recorder's script beside it), and judged in Node by the exercise's own
 * check.ts. Only the editor and the checklist's markup are left out.
 *
 * The page and the frame are served from a made-up origin through Playwright's routing: nothing
 * is fetched from the network, and no built site is needed.
 */
import { join } from 'node:path';
import { chromium, type Browser, type Page } from '@playwright/test';
import { buildFormatterScript, buildRecorderScript, buildSandboxDocument } from '../../src/build/sandbox-document';
import { bundleScript, precompile } from '../../src/build/esbuild';
import type { CompiledProgram, RunRecord } from '../../src/lab/types';
import { resolveChromium } from '../find-browser.mjs';

const origin = 'http://exercise-harness.test';

export interface Harness {
  /** Runs `source` on the instant clock; `record` makes it the inspector's recording run. */
  run(source: string, options?: { record?: boolean }): Promise<RunRecord>;
  close(): Promise<void>;
}

/** Compiles `source` as the build precompiles examples; throws when it does not compile. */
export const compile = (source: string): Promise<CompiledProgram> => precompile(source, 'the program');

export async function startHarness(root = process.cwd()): Promise<Harness> {
  const executablePath = await resolveChromium();
  if (!executablePath) {
    throw new Error('No Chromium found: install one with `sudo apt-get install -y chromium` or `npx playwright install chromium`, or set CHROMIUM_PATH.');
  }
  const [sandboxHtml, recorderScript, formatterScript, script] = await Promise.all([
    buildSandboxDocument(root),
    buildRecorderScript(root),
    buildFormatterScript(root),
    bundleScript(join(root, 'scripts', 'exercise-programs', 'host-entry.ts')),
  ]);
  const browser: Browser = await chromium.launch({ executablePath, args: ['--no-first-run', '--disable-background-networking'] });
  const page: Page = await browser.newPage();
  await page.route(`${origin}/**`, (route) => {
    const path = new URL(route.request().url()).pathname;
    if (path === '/sandbox.html') return route.fulfill({ contentType: 'text/html', body: sandboxHtml });
    if (path === '/sandbox-recorder.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: recorderScript });
    if (path === '/sandbox-format.js') return route.fulfill({ contentType: 'text/javascript; charset=utf-8', body: formatterScript });
    // The bundle is UTF-8 (acorn carries Unicode tables): say so, or the page reads it as Latin-1.
    if (path === '/')
      return route.fulfill({ contentType: 'text/html; charset=utf-8', body: `<!doctype html><title>harness</title><script>${script}</script>` });
    return route.fulfill({ status: 404, body: '' });
  });
  await page.goto(`${origin}/`);
  return {
    async run(source, { record = false } = {}) {
      const program = await compile(source);
      const { record: run, inspector } = await page.evaluate(
        ([p, r]) =>
          (window as unknown as { runProgram(p: CompiledProgram, record: boolean): Promise<{ record: RunRecord; inspector?: string }> }).runProgram(p, r),
        [program, record] as const,
      );
      return inspector === undefined ? run : { ...run, inspector: JSON.parse(inspector) as RunRecord['inspector'] };
    },
    close: () => browser.close(),
  };
}

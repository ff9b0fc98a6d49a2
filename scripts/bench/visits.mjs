// @ts-check
/**
 * Several visits to the playground in one browser profile, each edited and run, each traced: what
 * V8 did with esbuild.wasm on every visit (code cache hit, top-tier compile, serializations) and
 * the renderers' CPU from navigation until the compiler has settled. The evidence for what a
 * second and a third visit cost (README, Performance).
 *
 * Usage: node scripts/bench/visits.mjs [visits=3] [dist directory=dist]
 */
import { mkdirSync } from 'node:fs';
import { resolveChromium } from '../find-browser.mjs';
import { startStaticHost } from './static-host.mjs';
import { rendererCpuSeconds, runOnce, snippet, wasmCompileWork, withProfile } from './return-visit.mjs';
import { compilerSettled, playgroundPath } from '../lab-driver.mjs';

const visits = Number(process.argv[2]) || 3;
const root = process.argv[3] ?? 'dist';
const port = 4601;
const executablePath = await resolveChromium();
if (!executablePath) throw new Error('No Chromium found: see scripts/find-browser.mjs.');
const args = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];
mkdirSync('bench-results', { recursive: true });
const host = await startStaticHost({ root, port });
try {
  await withProfile({ executablePath, args }, async (context, browser) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await browser.newBrowserCDPSession();
    for (let visit = 1; visit <= visits; visit++) {
      await page.goto('about:blank');
      const trace = `bench-results/visit-${visit}.json`;
      await browser.startTracing(page, { path: trace, categories: ['v8.wasm', 'disabled-by-default-devtools.timeline'] });
      const cpu0 = await rendererCpuSeconds(cdp);
      const started = Date.now();
      await page.goto(`http://127.0.0.1:${port}${playgroundPath(snippet(visit))}`);
      await runOnce(page);
      const resultMs = Date.now() - started;
      await compilerSettled(page);
      const cpuS = Math.round(((await rendererCpuSeconds(cdp)) - cpu0) * 100) / 100;
      // As the benchmark's first visit does: stay until V8 has stored what it tiered up.
      await page.waitForTimeout(3000);
      await browser.stopTracing();
      console.log(JSON.stringify({ visit, resultMs, cpuS, ...wasmCompileWork(trace) }));
    }
    await cdp.detach();
  });
} finally {
  await new Promise((resolve) => host.close(resolve));
}

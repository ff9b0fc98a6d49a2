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
import { chromiumFlags, resolveChromium } from '../find-browser.mjs';
import { startStaticHost } from './static-host.mjs';
import { lingerAfterFirstVisitMs, snippet, tracedVisit, withProfile } from './return-visit.mjs';
import { playgroundPath } from '../lab-driver.mjs';

const visits = Number(process.argv[2]) || 3;
const root = process.argv[3] ?? 'dist';
const port = 4601;
const executablePath = await resolveChromium();
if (!executablePath) throw new Error('No Chromium found: see scripts/find-browser.mjs.');
mkdirSync('bench-results', { recursive: true });
const host = await startStaticHost({ root, port });
try {
  await withProfile({ executablePath, args: chromiumFlags }, async (context, browser) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const cdp = await browser.newBrowserCDPSession();
    for (let visit = 1; visit <= visits; visit++) {
      await page.goto('about:blank');
      const url = `http://127.0.0.1:${port}${playgroundPath(snippet(visit))}`;
      // Each visit stays as the benchmark's first visit does, its trace running: what V8 stores is in it.
      const { resultMs, cpuS, wasm } = await tracedVisit({
        page,
        browser,
        cdp,
        url,
        trace: `bench-results/visit-${visit}.json`,
        lingerMs: lingerAfterFirstVisitMs,
      });
      console.log(JSON.stringify({ visit, resultMs, cpuS, ...wasm }));
    }
    await cdp.detach();
  });
} finally {
  await new Promise((resolve) => host.close(resolve));
}

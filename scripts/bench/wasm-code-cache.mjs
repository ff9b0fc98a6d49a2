// @ts-check
/**
 * Does a return visit get esbuild.wasm from Chromium's wasm code cache? Serves dist/ (build
 * first) under two caching policies for /_astro/, with the service worker allowed and blocked,
 * and prints what the return visit's trace shows for each. The evidence behind the benchmark's
 * `edited snippet, warm cache` row (see return-visit.mjs).
 *
 * Usage: node scripts/bench/wasm-code-cache.mjs [--port 4535]
 */
import { mkdirSync } from 'node:fs';
import { chromiumFlags, resolveChromium } from '../find-browser.mjs';
import { startStaticHost } from './static-host.mjs';
import { returnVisit } from './return-visit.mjs';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || 4535;
const executablePath = await resolveChromium();
if (!executablePath) throw new Error('No Chromium found: see scripts/find-browser.mjs.');
mkdirSync('bench-results', { recursive: true });

const variants = [
  { assets: 'no-cache', serviceWorkers: /** @type {const} */ ('allow') },
  { assets: 'no-cache', serviceWorkers: /** @type {const} */ ('block') },
  { assets: 'immutable', serviceWorkers: /** @type {const} */ ('allow') },
  { assets: 'immutable', serviceWorkers: /** @type {const} */ ('block') },
];
for (const { assets, serviceWorkers } of variants) {
  const host = await startStaticHost({ port, assetCacheControl: assets === 'no-cache' ? 'no-cache' : undefined });
  try {
    const trace = `bench-results/wasm-cache-${assets}-sw-${serviceWorkers}.json`;
    const result = await returnVisit({ executablePath, args: chromiumFlags, base: `http://127.0.0.1:${port}`, trace, serviceWorkers });
    console.log(JSON.stringify({ assets, serviceWorkers, ...result }));
  } finally {
    await new Promise((resolve) => host.close(resolve));
  }
}

// @ts-check
/**
 * A reader's return visit, as the benchmark measures it: a first visit edits and runs a snippet
 * (the compiler loads, V8 compiles esbuild.wasm and tiers it up, Chromium stores that code), the
 * page is left, and a second visit edits and runs again. That second visit is traced (`v8.wasm`
 * and DevTools' timeline), which says whether esbuild.wasm came out of Chromium's wasm code cache.
 *
 * Two things a return visit needs that a default Playwright context does not give it:
 * - A profile on disk. `browser.newContext()` is an off-the-record context, and Chromium creates
 *   no code cache for those at all ("For Incognito mode … we do not create a code cache",
 *   content/browser/storage_partition_impl.cc), so V8 compiles and tiers up again every time,
 *   whatever the site does. This launches a persistent context in a fresh temporary profile.
 * - A host that does not make the browser revalidate esbuild.wasm (see static-host.mjs).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from '@playwright/test';
import { compilerSettled, playgroundPath } from '../lab-driver.mjs';

/** @param {number} n */
export const snippet = (n) =>
  `import { sleep, now } from "lab";\nconst started = now();\nconst names = ["a", "b", "c"];\nfor (const name of names) {\n  await sleep(10);\n  console.log(name, now() - started);\n}\nconsole.log("visit", ${n});\nexport default names.length;\n`;

/**
 * What V8 did with esbuild's wasm during a trace: whether Blink handed V8 a code cache entry
 * (`v8.wasm.moduleCacheHit`) and V8 took it, top-tier (TurboFan) compile time summed over
 * threads, and how often V8 serialized the module for the cache (a write: nothing was reused, or
 * new code tiered up since).
 * @param {string} path
 */
export function wasmCompileWork(path) {
  /** @type {Array<{ name: string, dur?: number }>} */
  const events = JSON.parse(readFileSync(path, 'utf8')).traceEvents ?? [];
  /** @param {string} name */
  const ms = (name) => events.filter((e) => e.name === name).reduce((sum, e) => sum + (e.dur ?? 0), 0) / 1000;
  /** @param {string} name */
  const count = (name) => events.filter((e) => e.name === name).length;
  return {
    fromCodeCache: count('v8.wasm.moduleCacheHit') > 0 && count('v8.wasm.moduleCacheInvalid') === 0 && count('v8.wasm.moduleCacheInvalidDigest') === 0,
    cacheHitEvents: count('v8.wasm.moduleCacheHit'),
    topTierMs: Math.round(ms('wasm.TopTierCompilation')),
    lazyCompiles: count('wasm.CompileLazy'),
    serializations: count('wasm.SerializeModule'),
  };
}

/**
 * Runs the open playground's snippet and waits until its run count moves on.
 * @param {import('@playwright/test').Page} page
 */
export async function runOnce(page) {
  await page.evaluate(async () => {
    const runner = /** @type {HTMLElement} */ (document.querySelector('[data-lab="runner"]'));
    const before = Number(runner.dataset.runCount ?? 0);
    /** @type {HTMLButtonElement} */ (runner.querySelector('button[data-action="run"]')).click();
    await new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (Number(runner.dataset.runCount) > before) {
          observer.disconnect();
          resolve(undefined);
        }
      });
      observer.observe(runner, { attributes: true, attributeFilter: ['data-run-count'] });
    });
  });
}

/** How long a first visit stays once its compiler has settled, so V8 stores what it tiered up. */
export const lingerAfterFirstVisitMs = 3000;

/**
 * Runs `fn` in a persistent context with a fresh temporary profile, deleted afterwards.
 * @template T
 * @param {{ executablePath: string, args: string[], serviceWorkers?: 'allow' | 'block' }} options
 * @param {(context: import('@playwright/test').BrowserContext, browser: import('@playwright/test').Browser) => Promise<T>} fn
 * @returns {Promise<T>}
 */
export async function withProfile({ executablePath, args, serviceWorkers = 'allow' }, fn) {
  const profile = mkdtempSync(join(tmpdir(), 'async-lab-bench-'));
  const context = await chromium.launchPersistentContext(profile, { executablePath, args, serviceWorkers });
  try {
    const browser = context.browser();
    if (!browser) throw new Error('a persistent context without its browser');
    return await fn(context, browser);
  } finally {
    await context.close();
    rmSync(profile, { recursive: true, force: true });
  }
}

/**
 * CPU seconds of every renderer process (page, sandbox frame, their workers and V8's threads).
 * @param {import('@playwright/test').CDPSession} cdp a browser session
 */
export async function rendererCpuSeconds(cdp) {
  const { processInfo } = /** @type {{ processInfo: Array<{ type: string, cpuTime: number }> }} */ (await cdp.send('SystemInfo.getProcessInfo'));
  return processInfo.filter((p) => p.type === 'renderer').reduce((sum, p) => sum + p.cpuTime, 0);
}

/**
 * One visit to the playground on an edited snippet, run, traced (`v8.wasm` and DevTools' timeline):
 * `resultMs` from navigation to the result, `cpuS` the renderers' CPU from navigation until the
 * compiler has settled, `wasm` what V8 did with esbuild.wasm. `lingerMs` keeps the trace going
 * after that, so that V8's serializations for the code cache are in it too.
 * @param {{ page: import('@playwright/test').Page, browser: import('@playwright/test').Browser, cdp: import('@playwright/test').CDPSession, url: string, trace: string, lingerMs?: number }} options
 */
export async function tracedVisit({ page, browser, cdp, url, trace, lingerMs = 0 }) {
  await browser.startTracing(page, { path: trace, categories: ['v8.wasm', 'disabled-by-default-devtools.timeline'] });
  const started = Date.now();
  const cpu0 = await rendererCpuSeconds(cdp);
  await page.goto(url);
  await runOnce(page);
  const resultMs = Date.now() - started;
  await compilerSettled(page);
  const cpuS = Math.round(((await rendererCpuSeconds(cdp)) - cpu0) * 100) / 100;
  if (lingerMs > 0) await page.waitForTimeout(lingerMs);
  await browser.stopTracing();
  return { resultMs, cpuS, wasm: wasmCompileWork(trace) };
}

/**
 * The playground opened on an edited snippet, run; left once the compiler has settled; opened
 * again on another snippet and run, traced. `returnVisitMs` is from the second navigation to the
 * second result; `cpuAfterReturnS` the renderers' CPU from that navigation until they are quiet.
 * @param {{ executablePath: string, args: string[], base: string, trace: string, serviceWorkers?: 'allow' | 'block' }} options
 */
export async function returnVisit({ executablePath, args, base, trace, serviceWorkers = 'allow' }) {
  return withProfile({ executablePath, args, serviceWorkers }, async (context, browser) => {
    const page = context.pages()[0] ?? (await context.newPage());
    const started = Date.now();
    await page.goto(`${base}${playgroundPath(snippet(1))}`);
    await runOnce(page);
    const firstVisitMs = Date.now() - started;
    // The first visit stays until V8 has tiered esbuild up and Chromium has stored that code: V8
    // serializes the module once no new top-tier code has come for 2 s (--wasm-caching-timeout-ms).
    await compilerSettled(page);
    await page.waitForTimeout(lingerAfterFirstVisitMs);
    await page.goto('about:blank');
    const cdp = await browser.newBrowserCDPSession();
    const again = await tracedVisit({ page, browser, cdp, url: `${base}${playgroundPath(snippet(2))}`, trace });
    await cdp.detach();
    return { firstVisitMs, returnVisitMs: again.resultMs, wasm: again.wasm, cpuAfterReturnS: again.cpuS };
  });
}

/**
 * Opens the lesson, clicks into the exercise, types one character (the first edit) and returns the
 * CPU seconds the renderers spend in the next 10 s, and how long the main thread was busy with
 * tasks (CDP Performance.getMetrics, TaskDuration: wall time, so a busy machine inflates it).
 * @param {import('@playwright/test').Page} page
 * @param {import('@playwright/test').CDPSession} cdp a browser session
 * @param {string} url
 */
async function cpuAfterFirstEdit(page, cdp, url) {
  await page.goto(url, { waitUntil: 'load' });
  const session = await page.context().newCDPSession(page);
  await session.send('Performance.enable');
  const task = async () => (await session.send('Performance.getMetrics')).metrics.find((m) => m.name === 'TaskDuration')?.value ?? 0;
  const code = page.locator('al-exercise [data-lab="static-code"]');
  await code.scrollIntoViewIfNeeded();
  await code.click({ position: { x: 40, y: 20 } });
  const [cpu0, task0] = [await rendererCpuSeconds(cdp), await task()];
  await page.keyboard.type('/');
  await page.waitForTimeout(10_000);
  const [cpu1, task1] = [await rendererCpuSeconds(cdp), await task()];
  await session.detach();
  /** @param {number} value */
  const round = (value) => Math.round(value * 100) / 100;
  return { cpuS: round(cpu1 - cpu0), mainThreadS: round(task1 - task0) };
}

/**
 * CPU after the first edit, on a first visit and on a return visit (HTTP cache, service worker
 * and code caches warm, in a profile on disk). The first visit stays until the compiler has
 * warmed up and V8 has stored its optimized code.
 * @param {{ executablePath: string, args: string[], url: string }} options
 */
export async function cpuAfterFirstEditVisits({ executablePath, args, url }) {
  return withProfile({ executablePath, args }, async (context, browser) => {
    const cdp = await browser.newBrowserCDPSession();
    const page = context.pages()[0] ?? (await context.newPage());
    const first = await cpuAfterFirstEdit(page, cdp, url);
    await compilerSettled(page);
    await page.waitForTimeout(lingerAfterFirstVisitMs);
    await page.goto('about:blank');
    const again = await cpuAfterFirstEdit(page, cdp, url);
    await cdp.detach();
    return { first, again };
  });
}

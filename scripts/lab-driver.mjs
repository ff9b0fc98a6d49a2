// @ts-check
/**
 * Drives the built site through the runner contract (DESIGN's data-lab and data-run-* markup):
 * one driver for the e2e support (e2e/support/runner.ts) and the benchmark (scripts/bench.mjs),
 * so both open, load and wait for things the same way. Plain JavaScript, so `node` runs it as is;
 * the share-link format comes from the site's own module (Node 24 strips its types).
 */
import { encodeShareHash } from '../src/lab/share-link.ts';

/** The URL hash that opens `code` in the playground. */
export const shareHash = encodeShareHash;

/**
 * The playground's path with `code` in its share link.
 * @param {string} code
 * @param {{ clock?: 'instant' | 'real', lang?: 'en' | 'zh' }} [options]
 */
export function playgroundPath(code, { clock = 'instant', lang = 'en' } = {}) {
  const base = lang === 'zh' ? '/zh/playground/' : '/playground/';
  return `${base}${clock === 'real' ? '?clock=real' : ''}${shareHash(code)}`;
}

/**
 * Loads `code` into an open playground as a pasted share link would, without reloading the page,
 * and waits until the runner holds it.
 * @param {import('@playwright/test').Page} page
 * @param {string} code
 */
export async function loadIntoPlayground(page, code) {
  await page.evaluate((hash) => {
    location.hash = hash;
  }, shareHash(code));
  await page.waitForFunction((expected) => /** @type {{ value?: string } | null} */ (document.querySelector('al-runner'))?.value === expected, code);
}

/**
 * Waits until the page's renderer processes use less than `share` of one core for `windowMs`:
 * the condition "the page has settled", read from Chromium's own CPU accounting.
 * @param {import('@playwright/test').Page} page
 * @param {{ share?: number, windowMs?: number, timeout?: number }} [options]
 */
export async function pageProcessesQuiet(page, { share = 0.25, windowMs = 500, timeout = 30_000 } = {}) {
  const browser = page.context().browser();
  if (!browser) throw new Error('pageProcessesQuiet needs a page of a launched browser');
  const cdp = await browser.newBrowserCDPSession();
  /** @returns {Promise<number>} seconds of CPU the renderers have used so far */
  const cpu = async () => {
    const { processInfo } = /** @type {{ processInfo: Array<{ type: string, cpuTime: number }> }} */ (await cdp.send('SystemInfo.getProcessInfo'));
    return processInfo.filter((process) => process.type === 'renderer').reduce((sum, process) => sum + process.cpuTime, 0);
  };
  try {
    const deadline = Date.now() + timeout;
    let before = await cpu();
    let since = Date.now();
    while (Date.now() < deadline) {
      await new Promise((resolve) => setTimeout(resolve, windowMs));
      const used = await cpu();
      const now = Date.now();
      if (((used - before) * 1000) / (now - since) < share) return;
      before = used;
      since = now;
    }
    throw new Error(`the page's processes stayed busy for ${timeout} ms`);
  } finally {
    await cdp.detach();
  }
}

/**
 * Waits for the compiler to settle: its own warm-up (compiler-worker.ts reports `warm`), then
 * V8's optimizing compile of esbuild's hot wasm on the page's background threads, which keeps a
 * two-core machine busy for a few seconds more (measured: ~9 s of CPU in all).
 * @param {import('@playwright/test').Page} page
 */
export async function compilerSettled(page) {
  await page.waitForSelector('html[data-lab-compiler="warm"]', { state: 'attached', timeout: 30_000 });
  await pageProcessesQuiet(page);
}

/**
 * Waits until the site's service worker is active and the page has gone quiet. On a first visit
 * the page registers it a few seconds after load, or once the editor or compiler it was loading
 * has arrived (src/components/runner/offline-status.ts); its install downloads and stores the
 * site. Warm figures are taken after that, not during it.
 * @param {import('@playwright/test').Page} page
 */
export async function serviceWorkerSettled(page) {
  await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  await pageProcessesQuiet(page);
}

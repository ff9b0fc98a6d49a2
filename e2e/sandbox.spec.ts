/**
 * The lab runtime in Chromium: real snippets compiled by esbuild-wasm, run in the sandboxed
 * worker on the virtual clock, driven through the playground and the runner contract.
 */
import { expect, test } from '@playwright/test';
import { guardOffline, type OfflineGuard } from './support/site';
import { openPlayground, readRun, runAndWait, runSnippet } from './support/runner';

let guard: OfflineGuard;

test.beforeEach(async ({ context, baseURL }) => {
  guard = await guardOffline(context, baseURL!);
});

test.afterEach(async () => {
  // Nothing any snippet did may have left the preview server.
  expect(await guard.leaks()).toEqual([]);
});

test('three sleeps in parallel take one second on the run clock and almost no real time', async ({ page }) => {
  const run = await runSnippet(
    page,
    `import { sleep, now } from "lab";
await Promise.all([sleep(1000), sleep(1000), sleep(1000)]);
console.log("done at", now());`,
  );
  expect(run.status).toBe('ok');
  // Real CPU time counts on the run's clock, so a loaded test machine adds a few ms; the
  // benchmark holds the tight number (1000 ± 5).
  expect(run.lines).toHaveLength(1);
  expect(run.lines[0]!.text).toMatch(/^done at 10[0-4]\d$/);
  expect(run.virtualMs).toBeGreaterThanOrEqual(1000);
  expect(run.virtualMs).toBeLessThan(1050);
  expect(run.realMs).toBeLessThan(1000);
  expect(run.spans.filter((span) => span.label === 'sleep(1000)')).toHaveLength(3);
});

test('sequential sleeps add up, and output printed by a timer after the top level is kept', async ({ page }) => {
  const run = await runSnippet(
    page,
    `import { sleep } from "lab";
await sleep(1000); await sleep(1000); await sleep(1000);
setTimeout(() => console.log("late"), 500);
console.log("top level done");`,
  );
  expect(run.lines.map((line) => line.text)).toEqual(['top level done', 'late']);
  expect(run.virtualMs).toBeGreaterThanOrEqual(3500);
  expect(run.virtualMs).toBeLessThan(3550);
});

// It judges the run's clock to within 60 ms of a CPU-timed stretch: a neighbour on the cores moved it
// to 278 ms once (clean-clone CI, passed on retry), so it runs with the timing project.
test('blockFor blocks on both clocks and shows as a blocked stretch', { tag: '@timing' }, async ({ page }) => {
  const run = await runSnippet(
    page,
    `import { blockFor } from "lab";
blockFor(200);`,
  );
  expect(run.status).toBe('ok');
  expect(run.virtualMs).toBeGreaterThanOrEqual(195);
  expect(run.virtualMs).toBeLessThanOrEqual(260);
  expect(run.realMs).toBeGreaterThanOrEqual(195);
  const labels = run.spans.map((span) => span.label);
  expect(labels).toContain('blockFor(200)');
  expect(labels).toContain('loop blocked');
});

test('console output is formatted as Node prints it', async ({ page }) => {
  const run = await runSnippet(
    page,
    `console.log("a", 1, [1, 2], { x: "y" });
console.info("info"); console.warn("careful"); console.error(new Map([["k", 1]]));`,
  );
  expect(run.lines).toEqual([
    { level: 'log', text: "a 1 [ 1, 2 ] { x: 'y' }" },
    { level: 'info', text: 'info' },
    { level: 'warn', text: 'careful' },
    { level: 'error', text: "Map(1) { 'k' => 1 }" },
  ]);
});

test("a first run that prints an object before the formatter's script has arrived starts over and prints it as Node does", async ({ page }) => {
  // The sandbox document formats text only; the formatter comes as a script of its own
  // (src/lab/sandbox/format-stand-in.ts). Held back here, so the first attempt meets the object without it.
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  const asked: string[] = [];
  await page.route(/\/sandbox-format\.js$/, async (route) => {
    asked.push(route.request().url());
    await released;
    await route.continue();
  });
  await openPlayground(page, `console.log("before");\nconsole.log("a", 1, [1, 2], { x: "y" });\nconsole.error(new Error("boom").message);`);
  const runner = page.locator('[data-lab="runner"]');
  await runner.getByRole('button', { name: 'Run', exact: true }).click();
  await expect.poll(() => asked.length).toBeGreaterThan(0);
  expect(await runner.getAttribute('data-run-count')).toBe('0');
  release();
  await expect(runner).toHaveAttribute('data-run-count', '1', { timeout: 60_000 });
  const run = await readRun(runner);
  expect(run.status).toBe('ok');
  // Once each: the first attempt's "before" is not kept beside the second's.
  expect(run.lines).toEqual([
    { level: 'log', text: 'before' },
    { level: 'log', text: "a 1 [ 1, 2 ] { x: 'y' }" },
    { level: 'error', text: 'boom' },
  ]);
});

test('an uncaught error names its TypeScript line, and the button moves there', async ({ page }) => {
  const runner = await openPlayground(
    page,
    `interface P { x: number }
const p: P = { x: 1 };

function explode(): never {
  throw new Error("boom " + p.x);
}
explode();`,
  );
  const run = await runAndWait(runner);
  expect(run.status).toBe('error');
  const error = run.lines.find((line) => line.level === 'error');
  expect(error?.text).toContain('Error: boom 1');
  expect(error?.text).toContain('main.ts:5:9');
  await runner.getByRole('button', { name: 'Go to line 5' }).click();
  // The editor opens with the cursor on that line.
  await expect(runner.locator('.monaco-editor .line-numbers.active-line-number')).toHaveText('5', { timeout: 30_000 });
  await expect.poll(() => page.evaluate(() => !!document.activeElement?.closest('.monaco-editor'))).toBe(true);
});

test('an unhandled rejection ends the run with an error', async ({ page }) => {
  const run = await runSnippet(
    page,
    `import { http } from "lab";
http.get("/status/500");
console.log("sent");`,
  );
  expect(run.status).toBe('error');
  expect(run.lines[0]).toEqual({ level: 'log', text: 'sent' });
  // The error is raised inside the lab, but it carries the reader's call: line 2.
  expect(run.lines[1]?.text).toMatch(/^Uncaught \(in promise\) HttpError: GET \/status\/500 failed with status 500\n\s+at .*main\.ts:2:6/);
});

test('a syntax error is reported with its line before anything runs', async ({ page }) => {
  const run = await runSnippet(page, `const a = 1;\nconst b = ;\n`);
  expect(run.status).toBe('error');
  expect(run.lines[0]?.level).toBe('error');
  expect(run.lines[0]?.text).toContain('main.ts:2:11');
});

test('a page busy for 4 s does not get a healthy run killed as blocked', { tag: '@timing' }, async ({ page }) => {
  // The sandbox keeps beating while the page cannot listen (loading the editor does this on a
  // slow machine): the watchdog must not take its own deafness for a blocked loop.
  const runner = await openPlayground(page, `import { sleep } from "lab";\nconsole.log("asleep");\nawait sleep(2000);\nconsole.log("slept");`, {
    clock: 'real',
  });
  await runner.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(runner.locator('[data-lab="line"]').first()).toHaveText('asleep', { timeout: 15_000 });
  await page.evaluate(() => {
    const end = performance.now() + 4_000;
    while (performance.now() < end) {
      // the page is busy
    }
  });
  await expect(runner).toHaveAttribute('data-run-count', '1', { timeout: 15_000 });
  const run = await readRun(runner);
  expect(run.status).toBe('ok');
  expect(run.lines.map((line) => line.text)).toEqual(['asleep', 'slept']);
});

test('Stop kills a run at once', async ({ page }) => {
  const runner = await openPlayground(page, `import { sleep } from "lab";\nconsole.log("start");\nwhile (true) {}`);
  await runner.getByRole('button', { name: 'Run', exact: true }).click();
  await expect(runner.locator('[data-lab="line"]').first()).toHaveText('start', { timeout: 15_000 });
  await runner.getByRole('button', { name: 'Stop', exact: true }).click();
  // `stopped`, not `timeout`: the button ended the endless loop, not the watchdog. (How fast is the
  // bench's business: a limit on realMs here failed on a busy machine.)
  await expect(runner).toHaveAttribute('data-run-status', 'stopped');
});

test('user code cannot reach the site or the network', async ({ page, baseURL }) => {
  await page.goto('/');
  await page.evaluate(() => {
    localStorage.setItem('secret', 'site-data');
    document.cookie = 'session=abc; path=/';
  });
  const run = await runSnippet(
    page,
    `import { sleep } from "lab";
const attempts: Record<string, () => unknown> = {
  localStorage: () => (globalThis as any).localStorage.getItem("secret"),
  document: () => (globalThis as any).document.cookie,
  parent: () => (globalThis as any).parent.document,
  indexedDB: () => (globalThis as any).indexedDB.open("x"),
  caches: () => (globalThis as any).caches.keys(),
};
for (const [name, attempt] of Object.entries(attempts)) {
  try { const value = await attempt(); console.log(name, "READ", String(value)); }
  catch (error) { console.log(name, "blocked"); }
}
const network: Record<string, () => Promise<unknown>> = {
  fetch: () => fetch("${baseURL}/"),
  xhr: () => new Promise((resolve, reject) => { const x = new XMLHttpRequest(); x.onload = resolve; x.onerror = reject; x.open("GET", "http://example.com/"); x.send(); }),
  websocket: () => new Promise((resolve, reject) => { const w = new WebSocket("ws://example.com/"); w.onopen = resolve; w.onerror = reject; }),
  import: () => { const url = "http://example.com/x.js"; return import(url); },
  importSite: () => { const url = "/sandbox.html"; return import(url); },
  importScripts: async () => (globalThis as any).importScripts("http://example.com/x.js"),
};
for (const [name, attempt] of Object.entries(network)) {
  // Blocked calls fail within milliseconds; a call still silent after 500 ms counts as sent.
  const silent = sleep(500).then(() => "SENT");
  try { console.log(name, await Promise.race([attempt().then(() => "SENT"), silent])); }
  catch { console.log(name, "blocked"); }
}`,
    { clock: 'real' },
  );
  expect(run.status).toBe('ok');
  expect(run.lines.map((line) => line.text)).toEqual([
    'localStorage blocked',
    'document blocked',
    'parent blocked',
    'indexedDB blocked',
    'caches blocked',
    'fetch blocked',
    'xhr blocked',
    'websocket blocked',
    'import blocked',
    'importSite blocked',
    'importScripts blocked',
  ]);
  // Each network attempt was refused by the sandbox's policy before any request was made.
  expect(await guard.refusedByPolicy()).toEqual(expect.arrayContaining(['http://example.com/', 'http://example.com/x.js']));
});

test('runInWorker computes in another thread while timers keep time', { tag: '@timing' }, async ({ page }) => {
  const run = await runSnippet(
    page,
    `import { runInWorker, now } from "lab";
const beats: number[] = [];
const id = setInterval(() => beats.push(now()), 100);
const sum = await runInWorker((n: number) => { let s = 0; const end = Date.now() + 400; while (Date.now() < end) s += n; return s > 0; }, 1);
clearInterval(id);
console.log(sum, beats.length >= 3);`,
  );
  expect(run.status).toBe('ok');
  expect(run.lines).toEqual([{ level: 'log', text: 'true true' }]);
  expect(run.spans.some((span) => span.label.startsWith('runInWorker'))).toBe(true);
});

test('a deadline from AbortSignal.timeout does not keep the run going, as in Node', async ({ page }) => {
  const run = await runSnippet(
    page,
    `import { sleep } from "lab";
const signal = AbortSignal.timeout(5000);
await sleep(100, signal);
console.log("done before the deadline");`,
  );
  expect(run.status).toBe('ok');
  expect(run.lines).toEqual([{ level: 'log', text: 'done before the deadline' }]);
  expect(run.virtualMs).toBeLessThan(1000);
});

test('the real clock really waits', async ({ page }) => {
  const run = await runSnippet(page, `import { sleep } from "lab";\nawait sleep(600);\nconsole.log("waited");`, { clock: 'real' });
  expect(run.status).toBe('ok');
  expect(run.realMs).toBeGreaterThanOrEqual(590);
});

test('a run started while another goes on gets a worker of its own at once', async ({ page }) => {
  await page.goto('/lessons/at-the-same-time/');
  const runners = page.locator('[data-lab="runner"]');
  // The first example waits three seconds on the real clock.
  await runners.nth(0).locator('input[value="real"]').check();
  // One task clicks both: the second run asks for a worker while the first still holds the spare.
  await page.evaluate(() => {
    for (const runner of [...document.querySelectorAll('[data-lab="runner"]')].slice(0, 2)) {
      runner.querySelector<HTMLButtonElement>('button[data-action="run"]')!.click();
    }
  });
  await expect(runners.nth(1)).toHaveAttribute('data-run-count', '1', { timeout: 2_500 });
  expect((await readRun(runners.nth(1))).status).toBe('ok');
  await expect(runners.nth(0)).toHaveAttribute('data-running', '');
  await expect(runners.nth(0)).toHaveAttribute('data-run-count', '1', { timeout: 15_000 });
  expect((await readRun(runners.nth(0))).status).toBe('ok');
  // And the frame keeps offering workers afterwards.
  expect((await runAndWait(runners.nth(1))).status).toBe('ok');
});

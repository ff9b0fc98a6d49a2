// npm run bench — builds the site, serves it, drives it in Chromium and prints what Async Lab
// promises in numbers: run latency, the virtual clock's speed and fidelity, bytes and time before
// anything is usable, and how the page holds up while user code loops forever. Also writes
// bench-results/bench.json with the same figures.
//
// Usage: npm run bench [-- --no-build] [-- --port 4395]
// dist/ is served by scripts/bench/static-host.mjs with the headers real hosts send.
// Nothing here is a test: figures are printed and stored, never asserted.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync, existsSync, statSync } from 'node:fs';
import { cpus, totalmem } from 'node:os';
import { gzipSync } from 'node:zlib';
import { chromium } from '@playwright/test';
import { chromiumFlags, resolveChromium } from './find-browser.mjs';
import { heavyPartPath } from '../src/shared/heavy-parts.mjs';
import { compilerSettled, loadIntoPlayground, playgroundPath, serviceWorkerSettled } from './lab-driver.mjs';
import { inspectorRows, measureInspector } from './bench/inspector.mjs';
import { startStaticHost } from './bench/static-host.mjs';
import { cpuAfterFirstEditVisits, returnVisit } from './bench/return-visit.mjs';

const args = process.argv.slice(2);
const port = Number(args[args.indexOf('--port') + 1]) || 4395;
const base = `http://127.0.0.1:${port}`;
const lesson = '/lessons/why-async/';

const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/** Gzipped size of a file the site served, from dist/ (the preview server does not compress). */
function gzippedSize(url) {
  const { pathname } = new URL(url);
  let file = `dist${decodeURIComponent(pathname)}`;
  if (file.endsWith('/')) file += 'index.html';
  if (!existsSync(file) || !statSync(file).isFile()) return 0;
  return gzipSync(readFileSync(file), { level: 6 }).length;
}

// dist/ served as Netlify and Cloudflare Pages serve it (its _headers: hashed files immutable),
// not by `astro preview`, whose `no-cache` on every file is no host's behaviour.
const startServer = () => startStaticHost({ port });
/** Records every same-origin response of a page with its gzipped size and its time. */
function recordResponses(page) {
  const seen = [];
  const start = Date.now();
  page.on('response', (response) => {
    const url = response.url();
    if (!url.startsWith(base)) return;
    const type = response.request().resourceType();
    seen.push({ url, type, at: Date.now() - start, gz: gzippedSize(url) });
  });
  return seen;
}

/** Clicks Run on the n-th runner and measures, in the page, until its run count moves on. */
async function timedRun(page, selector, index = 0) {
  return page.evaluate(
    async ([selector, index]) => {
      const runner = document.querySelectorAll(selector)[index];
      const before = Number(runner.dataset.runCount);
      performance.clearMeasures();
      const started = performance.now();
      runner.querySelector('button[data-action="run"]').click();
      await new Promise((resolve) => {
        const observer = new MutationObserver(() => {
          if (Number(runner.dataset.runCount) > before) {
            observer.disconnect();
            resolve();
          }
        });
        observer.observe(runner, { attributes: true, attributeFilter: ['data-run-count'] });
      });
      // The runner's own marks split the time: compile (or the precompiled program), sandbox, render.
      const part = (name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? 0;
      return {
        ms: performance.now() - started,
        compileMs: part('al:compile'),
        sandboxMs: part('al:sandbox'),
        renderMs: part('al:render'),
        status: runner.dataset.runStatus,
        virtualMs: Number(runner.dataset.virtualMs),
        realMs: Number(runner.dataset.realMs),
        console: [...runner.querySelectorAll('[data-lab="line"]')].map((line) => line.textContent),
      };
    },
    [selector, index],
  );
}

/** Opens the playground on `code` and runs it once (which compiles it in the browser). */
async function playgroundRun(page, code, { clock = 'instant' } = {}) {
  await page.goto(`${base}${playgroundPath(code, { clock })}`);
  return timedRun(page, '[data-lab="runner"]');
}

/** Loads another snippet into an open playground (a pasted share link) and runs it. */
async function replaceAndRun(page, code) {
  await loadIntoPlayground(page, code);
  return timedRun(page, '[data-lab="runner"]');
}

async function measure(browser) {
  const results = {};
  const fresh = async () => (await browser.newContext()).newPage();

  // --- a lesson page: bytes before and after the load event, without interaction ---
  {
    const page = await fresh();
    const responses = recordResponses(page);
    let loadAt = 0;
    page.on('load', () => (loadAt = responses.length));
    await page.goto(`${base}${lesson}`, { waitUntil: 'load' });
    const beforeLoad = responses.slice(0, loadAt || responses.length);
    await page.waitForTimeout(5000);
    const js = (list) => list.filter((r) => r.type === 'script' || r.url.endsWith('.js')).reduce((sum, r) => sum + r.gz, 0);
    results.lessonJsBeforeLoadKB = round(js(beforeLoad) / 1024);
    // Which scripts those are, biggest first (in bench.json only).
    results.lessonJsBeforeLoadFiles = beforeLoad
      .filter((r) => r.type === 'script' || r.url.endsWith('.js'))
      .sort((a, b) => b.gz - a.gz)
      .map((r) => `${new URL(r.url).pathname} ${round(r.gz / 1024)} KB`);
    results.lessonJsFirst5sKB = round(js(responses) / 1024);
    results.lessonAllBytesFirst5sKB = round(responses.reduce((sum, r) => sum + r.gz, 0) / 1024);
    results.lessonRequestsFirst5s = responses.length;
    results.lessonLoadedMonacoOrEsbuild = responses.some((r) => heavyPartPath.test(r.url));

    // --- an unedited example: cold first run (the page was idle for 5 s: "after idle warm-up") ---
    const afterIdle = await timedRun(page, '[data-lab="runner"]');
    results.runAfterIdleMs = round(afterIdle.ms);
    results.bytesUntilFirstResultKB = round(responses.reduce((sum, r) => sum + r.gz, 0) / 1024);
    const warm = [];
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(150);
      warm.push((await timedRun(page, '[data-lab="runner"]')).ms);
    }
    results.runWarmMedianMs = round(median(warm));
    results.runWarmMaxMs = round(Math.max(...warm));
    await page.context().close();
  }

  // --- cold: click Run the moment the page has loaded ---
  {
    const page = await fresh();
    const responses = recordResponses(page);
    const navStart = Date.now();
    await page.goto(`${base}${lesson}`, { waitUntil: 'load' });
    const cold = await timedRun(page, '[data-lab="runner"]');
    results.runColdMs = round(cold.ms);
    results.firstResultFromNavigationMs = Date.now() - navStart;
    results.bytesUntilColdResultKB = round(responses.reduce((sum, r) => sum + r.gz, 0) / 1024);
    // Where those bytes go, biggest first (in bench.json only).
    results.bytesUntilColdResultLargest = [...responses]
      .sort((a, b) => b.gz - a.gz)
      .slice(0, 8)
      .map((r) => `${new URL(r.url).pathname} ${round(r.gz / 1024)} KB`);
    await page.context().close();
  }

  // --- the editor: a real click into the code, a keystroke right after it; until the keystroke is
  // in the code (the plain editor, at once), then until Monaco has taken over with the focus ---
  {
    const page = await fresh();
    const responses = recordResponses(page);
    await page.goto(`${base}${lesson}`, { waitUntil: 'load' });
    const code = page.locator('[data-lab="static-code"]').first();
    await code.scrollIntoViewIfNeeded();
    await page.evaluate(() => {
      const runner = document.querySelector('al-runner');
      const marks = (window.__benchEditor = { clicked: 0, typed: 0, focused: 0 });
      runner.addEventListener('click', () => (marks.clicked ||= performance.now()), { capture: true, once: true });
      // After the event has reached its target: Monaco updates its model there, not before.
      runner.addEventListener('input', () => runner.value.includes('Z') && (marks.typed ||= performance.now()));
      const check = () => {
        // A key held while the editor's script loaded is typed in by the script (held-keys.ts).
        if (runner.value.includes('Z')) marks.typed ||= performance.now();
        if (document.activeElement?.closest('.monaco-editor')) marks.focused = performance.now();
        else requestAnimationFrame(check);
      };
      check();
    });
    const before = responses.length;
    await code.click({ position: { x: 40, y: 20 } });
    await page.keyboard.type('Z');
    await page.waitForFunction(() => window.__benchEditor.focused > 0, null, { timeout: 180_000 });
    const marks = await page.evaluate(() => window.__benchEditor);
    results.typingAcceptedMs = marks.typed ? round(marks.typed - marks.clicked) : 'lost';
    results.editorUsableMs = round(marks.focused - marks.clicked);
    results.typedTextKept = await page.evaluate(() => document.querySelector('al-runner').value.includes('Z'));
    await page.waitForTimeout(3000);
    results.editorJsKB = round(
      responses
        .slice(before)
        .filter((r) => r.url.endsWith('.js'))
        .reduce((sum, r) => sum + r.gz, 0) / 1024,
    );
    await page.context().close();
  }

  // --- an edited snippet: compile in the browser (esbuild-wasm), cold and warm ---
  {
    const page = await fresh();
    const responses = recordResponses(page);
    const navStart = Date.now();
    const snippet = `import { sleep, now } from "lab";\nconst started = now();\nconst names = ["a", "b", "c"];\nfor (const name of names) {\n  await sleep(10);\n  console.log(name, now() - started);\n}\nconst total = names.length;\nconsole.log("total", total);\nexport default total;\n`;
    const first = await playgroundRun(page, snippet);
    results.editedFirstResultFromNavigationMs = Date.now() - navStart;
    results.editedFirstRunMs = round(first.ms);
    results.bytesUntilEditedResultKB = round(responses.reduce((sum, r) => sum + r.gz, 0) / 1024);
    results.esbuildWasmRequests = responses.filter((r) => r.url.endsWith('.wasm')).length;
    // "Warm" as a reader meets it: the first run's output has been read for a few seconds, long
    // enough for the compiler's own warm-up (compiler-worker.ts) to finish, and for the service
    // worker, registered once the compiler had loaded, to install.
    await page.waitForTimeout(5000);
    await serviceWorkerSettled(page);
    const warm = [];
    for (let i = 0; i < 20; i++) {
      await page.waitForTimeout(100);
      warm.push(await replaceAndRun(page, `${snippet}// edit ${i}\n`));
    }
    results.editedWarmMedianMs = round(median(warm.map((r) => r.ms)));
    results.editedWarmMaxMs = round(Math.max(...warm.map((r) => r.ms)));
    results.editedWarmCompileMedianMs = round(median(warm.map((r) => r.compileMs)));
    results.editedWarmSandboxMedianMs = round(median(warm.map((r) => r.sandboxMs)));
    results.editedWarmRenderMedianMs = round(median(warm.map((r) => r.renderMs)));
    // --- clock fidelity and speed, on the same warm page ---
    const fidelity = async (code, times = 5) => {
      const runs = [];
      for (let i = 0; i < times; i++) runs.push(await replaceAndRun(page, `${code}\n// ${i}`));
      return runs;
    };
    const parallel = await fidelity(`import { sleep } from "lab";\nawait Promise.all([sleep(1000), sleep(1000), sleep(1000)]);`);
    results.parallel3x1000VirtualMs = median(parallel.map((r) => r.virtualMs));
    results.parallel3x1000RealMs = median(parallel.map((r) => r.realMs));
    const sequential = await fidelity(`import { sleep } from "lab";\nawait sleep(1000);\nawait sleep(1000);\nawait sleep(1000);`);
    results.sequential3x1000VirtualMs = median(sequential.map((r) => r.virtualMs));
    results.sequential3x1000RealMs = median(sequential.map((r) => r.realMs));
    const blocking = await fidelity(`import { blockFor } from "lab";\nblockFor(200);`);
    results.blockFor200VirtualMs = median(blocking.map((r) => r.virtualMs));
    results.blockFor200RealMs = median(blocking.map((r) => r.realMs));
    const speed = await fidelity(`import { sleep } from "lab";\nfor (let i = 0; i < 30; i++) await sleep(100);`);
    results.sleep3sRealMs = median(speed.map((r) => r.realMs));
    results.virtualSpeedup = round(3000 / Math.max(1, results.sleep3sRealMs), 0);
    const ticks = await fidelity(`let n = 0;\nconst id = setInterval(() => { if (++n === 10000) clearInterval(id); }, 50);`, 3);
    results.intervalTicks10kRealMs = median(ticks.map((r) => r.realMs));
    await page.context().close();
  }

  // --- a return visit (bench/return-visit.mjs): a profile on disk, as a reader's browser has;
  // Playwright's own contexts are off the record, and Chromium keeps no code cache for those ---
  {
    const launch = { executablePath, args: chromiumFlags };
    mkdirSync('bench-results', { recursive: true });
    const again = await returnVisit({ ...launch, base, trace: 'bench-results/return-visit-trace.json' });
    results.editedFirstResultWarmCacheMs = again.returnVisitMs;
    results.returnVisitWasm = again.wasm;
    results.returnVisitCpuS = again.cpuAfterReturnS;
    const cpu = await cpuAfterFirstEditVisits({ ...launch, url: `${base}${lesson}` });
    results.cpuFirstEditCold = cpu.first;
    results.cpuFirstEditReturn = cpu.again;
  }

  // --- the page's own heartbeat while user code loops forever ---
  {
    const page = await fresh();
    await playgroundRun(page, 'console.log("warm");');
    await compilerSettled(page);
    await page.evaluate(() => {
      location.hash = '';
    });
    await loadIntoPlayground(page, 'while (true) {}');
    const loop = await page.evaluate(async () => {
      let last = performance.now();
      let worst = 0;
      const beat = setInterval(() => {
        const now = performance.now();
        worst = Math.max(worst, now - last);
        last = now;
      }, 10);
      const runner = document.querySelector('[data-lab="runner"]');
      const before = Number(runner.dataset.runCount);
      const started = performance.now();
      runner.querySelector('button[data-action="run"]').click();
      while (Number(runner.dataset.runCount) === before) await new Promise((resolve) => setTimeout(resolve, 10));
      clearInterval(beat);
      return { worstGapMs: worst, killedAfterMs: performance.now() - started, status: runner.dataset.runStatus };
    });
    results.pageHeartbeatWorstGapMs = round(loop.worstGapMs);
    results.infiniteLoopKilledAfterMs = round(loop.killedAfterMs);
    results.infiniteLoopStatus = loop.status;
    await page.context().close();
  }
  Object.assign(results, await measureInspector(browser, base));
  return results;
}

const rows = (r) => [
  ['Run latency, unedited example', 'cold (Run at load)', `${r.runColdMs} ms`],
  ['', 'after idle warm-up', `${r.runAfterIdleMs} ms`],
  ['', 'warm, median of 20', `${r.runWarmMedianMs} ms (max ${r.runWarmMaxMs})`],
  ['Run latency, edited snippet (click → result shown: compile, run, record, render)', 'first, compiler cold', `${r.editedFirstRunMs} ms`],
  [
    '',
    'warm, median of 20',
    `${r.editedWarmMedianMs} ms (max ${r.editedWarmMaxMs}): compile ${r.editedWarmCompileMedianMs}, sandbox ${r.editedWarmSandboxMedianMs}, render ${r.editedWarmRenderMedianMs}`,
  ],
  ['Virtual clock speed-up', '3 s of sleeping (30 × 100 ms)', `${r.sleep3sRealMs} ms real (${r.virtualSpeedup}×)`],
  ['', '10,000 interval ticks of 50 ms', `${r.intervalTicks10kRealMs} ms real`],
  ['Clock fidelity', 'Promise.all 3 × sleep(1000)', `${r.parallel3x1000VirtualMs} ms on the run clock, ${r.parallel3x1000RealMs} ms real`],
  ['', 'sequential 3 × sleep(1000)', `${r.sequential3x1000VirtualMs} ms on the run clock, ${r.sequential3x1000RealMs} ms real`],
  ['', 'blockFor(200)', `${r.blockFor200VirtualMs} ms run clock, ${r.blockFor200RealMs} ms real`],
  ['JS a lesson page loads (gzip)', 'before the load event', `${r.lessonJsBeforeLoadKB} KB`],
  ['', 'first 5 s, no interaction', `${r.lessonJsFirst5sKB} KB (Monaco/esbuild fetched: ${r.lessonLoadedMonacoOrEsbuild ? 'yes' : 'no'})`],
  [
    'Bytes until the first result (gzip, all types)',
    'unedited example, Run at load',
    `${r.bytesUntilColdResultKB} KB, ${r.firstResultFromNavigationMs} ms from navigation`,
  ],
  ['', 'edited snippet, cold cache', `${r.bytesUntilEditedResultKB} KB, ${r.editedFirstResultFromNavigationMs} ms from navigation`],
  [
    '',
    'edited snippet, warm cache',
    `${r.editedFirstResultWarmCacheMs} ms from navigation; esbuild.wasm ${r.returnVisitWasm.fromCodeCache ? 'from the code cache' : 'compiled again'}, top-tier compile ${r.returnVisitWasm.topTierMs} ms, CPU until quiet ${r.returnVisitCpuS} s`,
  ],
  ['Editor', 'click → typing accepted', `${r.typingAcceptedMs} ms (typed text kept: ${r.typedTextKept ? 'yes' : 'NO'})`],
  ['', 'click → Monaco focused', `${r.editorUsableMs} ms (${r.editorJsKB} KB JS gz)`],
  [
    'CPU in the 10 s after the first edit (CPU of all renderer processes; main-thread task time)',
    'first visit',
    `${r.cpuFirstEditCold.cpuS} s; ${r.cpuFirstEditCold.mainThreadS} s`,
  ],
  ['', 'return visit', `${r.cpuFirstEditReturn.cpuS} s; ${r.cpuFirstEditReturn.mainThreadS} s`],
  [
    'Page during `while (true) {}`',
    'worst gap of a 10 ms page timer',
    `${r.pageHeartbeatWorstGapMs} ms; run ${r.infiniteLoopStatus} after ${r.infiniteLoopKilledAfterMs} ms`,
  ],
  ...inspectorRows(r),
];

function printTable(r, machine) {
  const table = rows(r);
  const widths = [0, 1, 2].map((i) => Math.max(...table.map((row) => row[i].length)));
  const line = (cells) => `| ${cells.map((cell, i) => cell.padEnd(widths[i])).join(' | ')} |`;
  console.log(`\nAsync Lab benchmark — ${machine}\n`);
  console.log(line(['What', 'Case', 'Result']));
  console.log(`|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`);
  for (const row of table) console.log(line(row));
  console.log('');
}

if (!args.includes('--no-build')) {
  console.log('Building the site…');
  execFileSync('npm', ['run', 'build'], { stdio: ['ignore', 'ignore', 'inherit'] });
}
const executablePath = await resolveChromium();
if (!executablePath) {
  console.error('No Chromium found: see scripts/find-browser.mjs.');
  process.exit(1);
}
const server = await startServer();
const browser = await chromium.launch({ executablePath, args: chromiumFlags });
try {
  const results = await measure(browser);
  const machine = `${cpus().length} × ${cpus()[0]?.model.trim() ?? 'CPU'}, ${Math.round(totalmem() / 2 ** 30)} GiB, Chromium ${browser.version()}, Node ${process.version}`;
  printTable(results, machine);
  mkdirSync('bench-results', { recursive: true });
  writeFileSync('bench-results/bench.json', `${JSON.stringify({ machine, date: new Date().toISOString(), results }, null, 2)}\n`);
  console.log('Wrote bench-results/bench.json');
} finally {
  await browser.close();
  server.close();
}

// @ts-check
/**
 * npm run bench's rows for Step through (the inspector, issue 14): what recording costs a warm
 * run, and how fast a recorded run opens as a replay. Goals from the issue: recording at most
 * doubles a warm run; a 2,000-step run opens in ≤ 100 ms.
 *
 * - Recording overhead: the same code run with Run and with Step through, alternately, after a
 *   warm-up; the runner's own `al:sandbox` measure (the sandbox's run, without compiling,
 *   instrumenting or drawing) is compared, median of each. On a lesson example and on a
 *   promise-heavy snippet (then/catch/queueMicrotask/await on every turn, under the step cap).
 * - Replay: a run past the cap (2,000 recorded steps); the panel's `al:inspector-open` measure,
 *   from the recorded trace's arrival to step 1 on screen, and `al:replay-build` (buildSteps
 *   alone); the page's clock is too coarse (0.1 ms) for buildSteps alone, so its throughput is
 *   measured in Node: the same 2,000-step run recorded by the sandbox's recorder in Node
 *   (src/lab/inspector/testing/record-in-node.ts), then buildSteps and every step's stateAfter
 *   (what walking from step 1 to step 2,000 asks for), repeated.
 */
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { compilerSettled, loadIntoPlayground, playgroundPath, serviceWorkerSettled } from '../lab-driver.mjs';

const lesson = '/lessons/why-async/';
const rounds = 10;

export const promiseHeavy = [
  'async function job(i: number): Promise<number> {',
  '  await null;',
  '  return i * 2;',
  '}',
  'let total = 0;',
  'for (let i = 0; i < 300; i++) {',
  '  total += await job(i);',
  '  total += await Promise.resolve(i).then((v) => v + 1).catch(() => 0);',
  '  queueMicrotask(() => { total++; });',
  '}',
  'console.log(total);',
  'export {};',
].join('\n');

/** Past the cap: 5,000 microtasks, of which 2,000 are recorded. */
export const pastTheCap = 'let n = 0;\nconst spin = () => { if (++n < 5000) queueMicrotask(spin); };\nqueueMicrotask(spin);\nexport {};';

/** @param {number[]} values */
const median = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
};
/** @param {number} value */
const round = (value, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits;

/**
 * Clicks Run (`run`) or Step through (`step`) on the page's first runner and waits, in the page,
 * for the run's end (Run) or for a new inspector panel on step 1 (Step through).
 * @param {import('@playwright/test').Page} page
 * @param {'run' | 'step'} action
 */
async function press(page, action) {
  return page.evaluate(async (action) => {
    const runner = /** @type {HTMLElement} */ (document.querySelector('[data-lab="runner"]'));
    const before = Number(runner.dataset.runCount);
    const oldPanel = runner.querySelector('[data-lab="inspector"]');
    performance.clearMeasures();
    const started = performance.now();
    /** @type {HTMLElement} */ (runner.querySelector(`button[data-action="${action}"]`)).click();
    const done = () => {
      if (action === 'run') return Number(runner.dataset.runCount) > before;
      const panel = /** @type {HTMLElement | null} */ (runner.querySelector('[data-lab="inspector"]'));
      return !!panel && panel !== oldPanel && panel.dataset.step === '1';
    };
    await new Promise((resolve) => {
      const tick = () => (done() ? resolve(undefined) : requestAnimationFrame(tick));
      tick();
    });
    const part = (/** @type {string} */ name) => performance.getEntriesByName(name, 'measure').at(-1)?.duration ?? 0;
    const panel = /** @type {HTMLElement | null} */ (runner.querySelector('[data-lab="inspector"]'));
    return {
      ms: performance.now() - started,
      sandboxMs: part('al:sandbox'),
      openMs: part('al:inspector-open'),
      buildMs: part('al:replay-build'),
      steps: Number(panel?.dataset.steps ?? 0),
    };
  }, action);
}

/**
 * Run and Step through, alternately, `rounds` times each after one warm-up of each.
 * @param {import('@playwright/test').Page} page
 */
async function overhead(page) {
  await press(page, 'run');
  await press(page, 'step');
  const plain = [];
  const recorded = [];
  let steps = 0;
  for (let i = 0; i < rounds; i++) {
    await page.waitForTimeout(100);
    plain.push((await press(page, 'run')).sandboxMs);
    await page.waitForTimeout(100);
    const step = await press(page, 'step');
    recorded.push(step.sandboxMs);
    steps = step.steps;
  }
  const off = median(plain);
  const on = median(recorded);
  return { offMs: round(off), onMs: round(on), ratio: round(on / off, 2), steps };
}

/**
 * buildSteps on a recorded 2,000-step trace, in Node: replays built per second (as steps/s), and
 * the time to visit every step once.
 */
async function replayThroughput() {
  const dir = mkdtempSync(join(tmpdir(), 'al-bench-'));
  try {
    const bundled = await build({
      stdin: {
        contents: "export { recordInNode } from './src/lab/inspector/testing/record-in-node';\nexport { buildSteps } from './src/lab/inspector/build-steps';",
        resolveDir: process.cwd(),
        loader: 'ts',
      },
      bundle: true,
      platform: 'node',
      format: 'esm',
      write: false,
      logLevel: 'silent',
    });
    const file = join(dir, 'replay.mjs');
    writeFileSync(file, bundled.outputFiles[0].text);
    const { recordInNode, buildSteps } = await import(pathToFileURL(file).href);
    const run = await recordInNode(pastTheCap.replace('export {};', ''));
    const lines = run.printed.length;
    // Warm the JIT, then time.
    for (let i = 0; i < 20; i++) buildSteps(run.trace, lines);
    const repeats = 200;
    const started = performance.now();
    let steps = 0;
    for (let i = 0; i < repeats; i++) steps = buildSteps(run.trace, lines).steps.length;
    const buildMs = (performance.now() - started) / repeats;
    const replay = buildSteps(run.trace, lines);
    const walkStarted = performance.now();
    for (let index = 1; index <= steps; index++) replay.stateAfter(index);
    const walkMs = performance.now() - walkStarted;
    return {
      steps,
      events: run.trace.events.length,
      buildMs: round(buildMs, 3),
      stepsPerSecond: Math.round(steps / (buildMs / 1000)),
      walkAllStepsMs: round(walkMs),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * @param {import('@playwright/test').Browser} browser
 * @param {string} base the served site's origin
 */
export async function measureInspector(browser, base) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${base}${lesson}`, { waitUntil: 'load' });
  await serviceWorkerSettled(page);
  const lessonOverhead = await overhead(page);

  await page.goto(`${base}${playgroundPath(promiseHeavy)}`);
  await press(page, 'run');
  await compilerSettled(page);
  const heavyOverhead = await overhead(page);

  await loadIntoPlayground(page, pastTheCap);
  await press(page, 'step');
  const opens = [];
  for (let i = 0; i < 5; i++) opens.push(await press(page, 'step'));
  await context.close();
  const openMs = median(opens.map((open) => open.openMs));
  const buildMs = median(opens.map((open) => open.buildMs));
  const steps = opens.at(-1)?.steps ?? 0;
  return {
    inspectorLessonOverhead: lessonOverhead,
    inspectorPromiseHeavyOverhead: heavyOverhead,
    inspectorOpen2000: { steps, openMs: round(openMs), buildMs: round(buildMs, 1) },
    inspectorReplayBuild: await replayThroughput(),
  };
}

/**
 * The bench table's rows for these figures.
 * @param {any} r measureInspector's figures, inside the bench's results (plain JSON)
 */
export function inspectorRows(r) {
  const overheadCell = (/** @type {{ offMs: number, onMs: number, ratio: number, steps: number }} */ o) =>
    `${o.offMs} ms → ${o.onMs} ms recorded (×${o.ratio}, ${o.steps} steps)`;
  const open = r.inspectorOpen2000;
  const replay = r.inspectorReplayBuild;
  return [
    ['Step through: recording overhead (sandbox time, warm, median of 10; goal ≤ ×2)', 'lesson example (why-async)', overheadCell(r.inspectorLessonOverhead)],
    ['', 'promise-heavy snippet', overheadCell(r.inspectorPromiseHeavyOverhead)],
    [
      'Step through: opening the replay (goal ≤ 100 ms)',
      `${open.steps}-step run, trace → step 1 shown`,
      `${open.openMs} ms (of which buildSteps ${open.buildMs} ms)`,
    ],
    [
      '',
      `buildSteps in Node, ${replay.steps} steps / ${replay.events} events`,
      `${replay.buildMs} ms a replay (${replay.stepsPerSecond.toLocaleString('en')} steps/s); stateAfter of every step: ${replay.walkAllStepsMs} ms`,
    ],
  ];
}

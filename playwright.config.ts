import { existsSync } from 'node:fs';
import { defineConfig } from '@playwright/test';
import { chromiumFlags, resolveChromium } from './scripts/find-browser.mjs';

/**
 * A port nothing else here uses, so `reuseExistingServer` never tests a stranger's server.
 * E2E_PORT lets two checkouts run their suites side by side.
 */
const port = Number(process.env.E2E_PORT ?? 4394);
const executablePath = await resolveChromium();

/**
 * The second build, made by `npm run build:base` (part of `npm test`): the same site built with
 * `--base /async-lab/` and a public `--site` into dist-base/, served under that prefix on its own
 * port. Only e2e/base-path.spec.ts runs against it. Locally it is skipped when dist-base/ was never
 * built (a note says so); on CI a missing build fails instead of passing quietly.
 */
const basePort = Number(process.env.E2E_BASE_PORT ?? port + 10);
const basePath = '/async-lab/';
const baseBuilt = !!process.env.CI || existsSync(new URL('./dist-base/', import.meta.url));
if (!baseBuilt) console.log('e2e: dist-base/ not built, so the base-path project is skipped (npm run build:base builds it)');
const basePathSpec = /base-path\.spec\.ts$/;

const previewServer = {
  reuseExistingServer: !process.env.CI,
  timeout: 60_000,
  gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
} as const;

/**
 * Every test's browser context starts with an empty cache, so every test that edits code compiles
 * esbuild's wasm anew, and V8 then spends seconds of both cores recompiling its hot functions
 * with the optimizing tier, slowing that test and the one beside it. Baseline (Liftoff) code is
 * enough to compile a snippet, and it changes nothing a test checks: sandbox.spec and editor.spec
 * took 7.2 min with tier-up and 2.9 min without, on the same busy machine. The `timing` project,
 * which judges how the page keeps time, keeps the engine as readers have it; so does the bench.
 */
const liftoffOnly = ['--js-flags=--liftoff-only'];
const browserLaunch = (extra: string[] = []) => ({ ...(executablePath ? { executablePath } : {}), args: [...chromiumFlags, ...extra] });

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Tests, not files, are shared between the workers: the walk over every page (pages.spec) is
  // one file of thirty-six independent pages.
  fullyParallel: true,
  // Two, also locally: Playwright's default (half the cores) is one on a 2-core machine.
  workers: 2,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  timeout: 60_000,
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    // Recording a trace for every test doubled the suite's time; CI retries a failure once,
    // and that retry is traced.
    trace: 'on-first-retry',
    // The offline spec turns the service worker on; everywhere else it would only add noise.
    serviceWorkers: 'block',
    launchOptions: browserLaunch(liftoffOnly),
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, grepInvert: /@timing/, testIgnore: basePathSpec },
    // The smoke walk of the site built under /async-lab/ (see basePort above).
    ...(baseBuilt
      ? [
          {
            name: 'base',
            use: { browserName: 'chromium' as const, baseURL: `http://127.0.0.1:${basePort}${basePath}` },
            testMatch: basePathSpec,
            // Its tests load Monaco and esbuild and precache the site: one at a time, beside the
            // chromium project's worker, rather than two more browsers on two cores.
            fullyParallel: false,
          },
        ]
      : []),
    // Tests that judge how the page or a run keeps time (heartbeat gaps, the watchdog) run last
    // and one at a time: beside another test, two cores shared by two browsers stretch any gap.
    {
      name: 'timing',
      grep: /@timing/,
      testIgnore: basePathSpec,
      use: { browserName: 'chromium', launchOptions: browserLaunch() },
      dependencies: baseBuilt ? ['chromium', 'base'] : ['chromium'],
      workers: 1,
    },
  ],
  webServer: [
    {
      // `npm run test:e2e` builds first; preview only serves dist/.
      command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
      url: `http://127.0.0.1:${port}/`,
      ...previewServer,
    },
    ...(baseBuilt
      ? [
          {
            // Preview serves only under the base, so a request to the host's root gets a 404.
            command: `astro preview --host 127.0.0.1 --port ${basePort} --ignore-lock --base ${basePath} --outDir dist-base`,
            url: `http://127.0.0.1:${basePort}${basePath}`,
            ...previewServer,
          },
        ]
      : []),
  ],
});

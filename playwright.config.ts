import { defineConfig } from '@playwright/test';
import { resolveChromium } from './scripts/find-browser.mjs';

/**
 * A port nothing else here uses, so `reuseExistingServer` never tests a stranger's server.
 * E2E_PORT lets two checkouts run their suites side by side.
 */
const port = Number(process.env.E2E_PORT ?? 4394);
const executablePath = await resolveChromium();

export default defineConfig({
  testDir: './e2e',
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  // Tests, not files, are shared between the workers: a11y and lessons are one file each of
  // thirty independent pages.
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
    launchOptions: {
      ...(executablePath ? { executablePath } : {}),
      args: [
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--no-first-run',
      ],
    },
  },
  projects: [
    { name: 'chromium', use: { browserName: 'chromium' }, grepInvert: /@timing/ },
    // Tests that judge how the page or a run keeps time (heartbeat gaps, the watchdog) run last
    // and one at a time: beside another test, two cores shared by two browsers stretch any gap.
    { name: 'timing', use: { browserName: 'chromium' }, grep: /@timing/, dependencies: ['chromium'], workers: 1 },
  ],
  webServer: {
    // `npm run test:e2e` builds first; preview only serves dist/.
    command: `astro preview --host 127.0.0.1 --port ${port} --ignore-lock`,
    url: `http://127.0.0.1:${port}/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    gracefulShutdown: { signal: 'SIGTERM', timeout: 2000 },
  },
});

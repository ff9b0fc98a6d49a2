// Finds the Chromium that the e2e tests and the benchmark launch, in this order:
// Debian's /usr/bin/chromium, then Playwright's own download. Prints the path; exits 1 with
// one line of advice when there is none, so `npm test` stops before building anything.
import { existsSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

/** The flags every Chromium here is launched with: nothing of its own reaches the network. */
export const chromiumFlags = ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'];

/** @returns {string | undefined} */
export function findChromium() {
  if (process.env.CHROMIUM_PATH && existsSync(process.env.CHROMIUM_PATH)) return process.env.CHROMIUM_PATH;
  if (existsSync('/usr/bin/chromium')) return '/usr/bin/chromium';
  return undefined;
}

/** Playwright's bundled Chromium, if `npx playwright install chromium` was run. */
export async function findPlaywrightChromium() {
  try {
    const { chromium } = await import('@playwright/test');
    const path = chromium.executablePath();
    return existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

export async function resolveChromium() {
  return findChromium() ?? (await findPlaywrightChromium());
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const path = await resolveChromium();
  if (!path) {
    console.error(
      'No Chromium found: install one with `sudo apt-get install -y chromium` (Debian/Ubuntu) or `npx playwright install chromium`, or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  console.log(`Chromium: ${path}`);
}

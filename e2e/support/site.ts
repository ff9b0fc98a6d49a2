import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { expect, type BrowserContext, type Page, type Request } from '@playwright/test';

const distDir = new URL('../../dist/', import.meta.url).pathname;

/** Every page of the built site as a URL path ("/", "/zh/lessons/why-async/"), from dist/. */
export function builtPages(): string[] {
  const pages: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const path = join(dir, name);
      if (statSync(path).isDirectory()) {
        if (name !== '_astro' && name !== 'pagefind') walk(path);
      } else if (name === 'index.html') {
        const rel = relative(distDir, dir).split(sep).join('/');
        pages.push(rel ? `/${rel}/` : '/');
      }
    }
  };
  walk(distDir);
  return pages.sort();
}

export interface OfflineGuard {
  /**
   * Requests to another host that left the browser. A request the page's Content-Security-Policy
   * refused is reported by Chromium too, but it never reached the network: those are listed
   * apart, in `refusedByPolicy`.
   */
  leaks(): Promise<string[]>;
  refusedByPolicy(): Promise<string[]>;
}

const isLocal = (url: string, origin: string) => url.startsWith('blob:') || url.startsWith('data:') || new URL(url).origin === origin;

/**
 * Records every request the context makes (pages, frames, workers) and aborts any that would
 * leave the preview server, so a test both proves and enforces that the site works offline.
 */
export async function guardOffline(context: BrowserContext, baseURL: string): Promise<OfflineGuard> {
  const origin = new URL(baseURL).origin;
  const foreign: Request[] = [];
  const over = new Set<Request>();
  await context.route('**/*', (route) => (isLocal(route.request().url(), origin) ? route.fallback() : route.abort('blockedbyclient')));
  context.on('request', (request) => {
    if (!isLocal(request.url(), origin)) foreign.push(request);
  });
  context.on('requestfailed', (request) => over.add(request));
  context.on('requestfinished', (request) => over.add(request));
  const settle = async () => {
    // Whether a request was refused by CSP shows in its failure: wait until every one has ended.
    await expect.poll(() => foreign.every((request) => over.has(request)), { timeout: 5_000 }).toBe(true);
    // Chromium reports these failures as "csp" (net::ERR_BLOCKED_BY_CSP in older builds).
    const refused = (request: Request) => /^(csp|net::ERR_BLOCKED_BY_CSP)$/.test(request.failure()?.errorText ?? '');
    return foreign.map((request) => ({ url: request.url(), csp: refused(request) }));
  };
  return {
    leaks: async () => [...new Set((await settle()).filter((r) => !r.csp).map((r) => r.url))],
    refusedByPolicy: async () => [...new Set((await settle()).filter((r) => r.csp).map((r) => r.url))],
  };
}

/** Collects the Content-Security-Policy violations reported in the page's documents. */
export async function recordViolations(page: Page): Promise<() => Promise<string[]>> {
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener('securitypolicyviolation', (event) => seen.push(`${event.violatedDirective} ${event.blockedURI}`));
  });
  return () => page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

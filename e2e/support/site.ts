import { readdirSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BrowserContext } from '@playwright/test';

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

/**
 * Records every request the context makes (pages, iframes, workers) and refuses any that
 * would leave the preview server. Returns the list of foreign URLs, which a test expects empty.
 */
export async function guardOffline(context: BrowserContext, baseURL: string): Promise<string[]> {
  const origin = new URL(baseURL).origin;
  const foreign: string[] = [];
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('blob:') || url.startsWith('data:') || new URL(url).origin === origin) {
      return route.fallback();
    }
    if (!foreign.includes(url)) foreign.push(url);
    return route.abort('blockedbyclient');
  });
  context.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith('blob:') && !url.startsWith('data:') && new URL(url).origin !== origin) {
      if (!foreign.includes(url)) foreign.push(url);
    }
  });
  return foreign;
}

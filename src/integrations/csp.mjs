// @ts-check
/**
 * An Astro integration that gives every built page a Content-Security-Policy allowing nothing
 * from any other host. It runs after the build, so the hashes of the inline scripts that
 * Starlight and Astro emit are computed from the real output and can never go stale.
 *
 * Astro's own `security.csp` was not used: with Starlight it leaves Starlight's inline scripts
 * unhashed and breaks pages (withastro/astro#16678).
 *
 * The sandbox frame (sandbox.html) is skipped: it carries its own, much stricter policy.
 *
 * The same policies go into dist/_headers as real headers, for hosts that read that file
 * (static-headers.mjs).
 */
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from './built-files.mjs';
import { headersFile, maxRules } from './static-headers.mjs';
import { urlOf } from './service-worker.mjs';

/** Script types the browser executes (and CSP therefore governs). */
const executable = /^(?:|text\/javascript|module|application\/javascript)$/i;

/** @param {string} html */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const match of html.matchAll(/<script([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attributes = match[1] ?? '';
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!executable.test(type)) continue;
    hashes.add(
      `'sha256-${createHash('sha256')
        .update(match[2] ?? '')
        .digest('base64')}'`,
    );
  }
  return [...hashes].sort();
}

/**
 * @param {string[]} scriptHashes inline scripts of the page itself
 * @param {string[]} sandboxHashes the sandbox frame's script: the frame is a srcdoc iframe, which
 *   inherits this policy, so its script must be allowed here too, and so must blob:, from which
 *   the sandbox starts its workers and imports the reader's compiled code. (Only code already
 *   running on the page can create a blob: URL, so this admits nothing from outside.)
 */
export function sitePolicy(scriptHashes, sandboxHashes = []) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval': the compiler runs esbuild's WebAssembly.
    `script-src 'self' 'wasm-unsafe-eval' blob: ${[...scriptHashes, ...sandboxHashes].join(' ')}`.trim(),
    // Expressive Code colours tokens with style attributes; Monaco adds style elements.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** @returns {import('astro').AstroIntegration} */
export function contentSecurityPolicy() {
  let base = '/';
  return {
    name: 'async-lab:csp',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const files = (await builtFiles(root)).filter((file) => file.endsWith('.html') && !file.endsWith(`${sep}sandbox.html`));
        const sandboxHashes = inlineScriptHashes(await readFile(join(root, 'sandbox.html'), 'utf8'));
        /** @type {Array<{ path: string, policy: string }>} */
        const pages = [];
        for (const file of files) {
          const html = await readFile(file, 'utf8');
          if (!/<head>/i.test(html)) throw new Error(`${file} has no <head> to put the CSP in`);
          const policy = sitePolicy(inlineScriptHashes(html), sandboxHashes);
          await writeFile(file, html.replace(/<head>/i, `<head><meta http-equiv="Content-Security-Policy" content="${policy}">`));
          // Pages only: 404.html is what hosts answer for a missing path, not a path of its own.
          if (file.endsWith(`${sep}index.html`)) pages.push({ path: urlOf(root, file), policy });
        }
        const headers = headersFile(base, pages);
        if (headers.rules > maxRules) logger.warn(`_headers has ${headers.rules} rules; Cloudflare Pages reads only ${maxRules}`);
        await writeFile(join(root, '_headers'), headers.text);
        logger.info(`Content-Security-Policy added to ${files.length} pages and written to _headers`);
      },
    },
  };
}

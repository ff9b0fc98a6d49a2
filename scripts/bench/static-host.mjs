// @ts-check
/**
 * A static host for the benchmark: serves dist/ the way Netlify and Cloudflare Pages serve it,
 * with the header rules the build writes into dist/_headers (src/integrations/static-headers.mjs),
 * validators (ETag, Last-Modified) and 304s for conditional requests.
 *
 * Why not `astro preview`: it sends `Cache-Control: no-cache` for every file, so each return visit
 * revalidates esbuild.wasm with a 304, and when the service worker passes that response through,
 * Chromium finds none of the machine code V8 made of it (measured: scripts/bench/wasm-code-cache.mjs).
 * Netlify and Cloudflare Pages send the hashed files under /_astro/ as immutable (our _headers),
 * and the browser never asks again. The benchmark measures what those readers get.
 *
 * `headers` overrides the Cache-Control of /_astro/ (e.g. 'no-cache', to compare with preview).
 * No compression: the benchmark counts gzipped bytes from dist/ itself, and on loopback
 * compressing would only cost time.
 */
import { createServer } from 'node:http';
import { createReadStream, existsSync, readFileSync, statSync } from 'node:fs';
import { join, extname, normalize } from 'node:path';

const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.xml': 'application/xml',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Reads a `_headers` file: blocks of a path pattern (`*` matches anything) and indented
 * `Name: value` lines.
 * @param {string} text
 * @returns {Array<{ pattern: RegExp, headers: Array<[string, string]> }>}
 */
export function parseHeaders(text) {
  /** @type {Array<{ pattern: RegExp, headers: Array<[string, string]> }>} */
  const rules = [];
  for (const line of text.split('\n')) {
    if (!line.trim() || line.trimStart().startsWith('#')) continue;
    if (!/^\s/.test(line)) {
      const source = line
        .trim()
        .replace(/[.+?^${}()|[\]\\]/g, '\\$&')
        .replaceAll('*', '.*');
      rules.push({ pattern: new RegExp(`^${source}$`), headers: [] });
      continue;
    }
    const colon = line.indexOf(':');
    rules.at(-1)?.headers.push([line.slice(0, colon).trim(), line.slice(colon + 1).trim()]);
  }
  return rules;
}

/**
 * @param {{ root?: string, port: number, assetCacheControl?: string }} options
 * @returns {Promise<import('node:http').Server>}
 */
export function startStaticHost({ root = 'dist', port, assetCacheControl }) {
  const headersFile = join(root, '_headers');
  const rules = existsSync(headersFile) ? parseHeaders(readFileSync(headersFile, 'utf8')) : [];
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://host');
    const path = decodeURIComponent(url.pathname);
    let file = normalize(join(root, path));
    if (!file.startsWith(normalize(root))) {
      response.writeHead(403).end();
      return;
    }
    if (existsSync(file) && statSync(file).isDirectory()) {
      if (!path.endsWith('/')) {
        response.writeHead(301, { Location: `${path}/${url.search}` }).end();
        return;
      }
      file = join(file, 'index.html');
    }
    let status = 200;
    if (!existsSync(file) || !statSync(file).isFile()) {
      status = 404;
      file = join(root, '404.html');
    }
    const stat = statSync(file);
    const etag = `"${stat.size.toString(16)}-${Math.floor(stat.mtimeMs).toString(16)}"`;
    /** @type {Record<string, string>} */
    const headers = {
      'Content-Type': types[/** @type {keyof typeof types} */ (extname(file))] ?? 'application/octet-stream',
      ETag: etag,
      'Last-Modified': stat.mtime.toUTCString(),
    };
    if (status === 200) {
      for (const rule of rules) if (rule.pattern.test(path)) for (const [name, value] of rule.headers) headers[name] = value;
      if (assetCacheControl && path.startsWith('/_astro/')) headers['Cache-Control'] = assetCacheControl;
    }
    if (status === 200 && request.headers['if-none-match'] === etag) {
      response.writeHead(304, headers).end();
      return;
    }
    headers['Content-Length'] = String(stat.size);
    response.writeHead(status, headers);
    if (request.method === 'HEAD') response.end();
    else createReadStream(file).pipe(response);
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, '127.0.0.1', () => resolve(server));
  });
}

// @ts-check
/**
 * Puts Astro's `base` in front of the site links that were written as root paths: Markdown and
 * MDX links (`[Playground](/playground/)`), hero actions in frontmatter, and anything else that
 * reaches the HTML as `<a href="/…">`. Lesson authors keep writing site paths; the build maps
 * them under the base. Links the code writes itself go through src/base-path.ts.
 *
 * Then it checks the whole build: any `href`, `src` or `action` still pointing at the host's root
 * outside the base, or a stylesheet `url(/…)` doing so, fails the build with the file named,
 * because that request would leave the site on a host like GitHub Pages.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { builtFiles } from './built-files.mjs';
import { joinBase, normalizeBase } from './base-path.mjs';

/**
 * @param {string} html
 * @param {string} base
 */
export function prefixLinks(html, base) {
  const prefix = normalizeBase(base);
  if (prefix === '/') return html;
  return html.replace(/(<a\b[^>]*?\shref=)(["']?)(\/(?!\/)[^"'\s>]*)/gi, (whole, start, quote, path) =>
    path === prefix.slice(0, -1) || path.startsWith(prefix) ? whole : `${start}${quote}${joinBase(prefix, path)}`,
  );
}

/**
 * Root paths outside the base that a built file would request or link to.
 * @param {string} text
 * @param {string} base
 * @param {'html' | 'css'} kind
 */
export function pathsOutsideBase(text, base, kind) {
  const prefix = normalizeBase(base);
  if (prefix === '/') return [];
  const pattern = kind === 'html' ? /\s(?:href|src|action)=["']?(\/(?!\/)[^"'\s>]*)/gi : /url\(\s*["']?(\/(?!\/)[^"')\s]*)/gi;
  return [...text.matchAll(pattern)].map((match) => match[1] ?? '').filter((path) => path !== prefix.slice(0, -1) && !path.startsWith(prefix));
}

/** @returns {import('astro').AstroIntegration} */
export function baseLinks() {
  let base = '/';
  return {
    name: 'async-lab:base-links',
    hooks: {
      'astro:config:done': ({ config }) => {
        base = config.base;
      },
      'astro:build:done': async ({ dir, logger }) => {
        if (normalizeBase(base) === '/') return;
        const root = fileURLToPath(dir);
        /** @type {string[]} */
        const outside = [];
        let changed = 0;
        for (const file of await builtFiles(root)) {
          const kind = file.endsWith('.html') ? 'html' : file.endsWith('.css') ? 'css' : undefined;
          if (!kind) continue;
          const text = await readFile(file, 'utf8');
          const fixed = kind === 'html' ? prefixLinks(text, base) : text;
          if (fixed !== text) {
            await writeFile(file, fixed);
            changed++;
          }
          for (const path of pathsOutsideBase(fixed, base, kind)) outside.push(`${relative(root, file)}: ${path}`);
        }
        if (outside.length > 0) {
          throw new Error(`These would request the host's root, outside the base ${base}:\n  ${outside.join('\n  ')}`);
        }
        logger.info(`links put under ${normalizeBase(base)} in ${changed} pages`);
      },
    },
  };
}

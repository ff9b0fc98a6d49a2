/**
 * The tree's seams, checked by reading every import (the issue #13 rules):
 * - outside src/lab, code reaches the runtime only through src/lab/index.ts (and check.ts files
 *   through `@lab/checks`);
 * - src/lab stays framework-free: no Astro, no Monaco, no components, no pages, no src/i18n, no
 *   build code; Node modules only in tests and in `testing/` folders (Vitest's harnesses);
 * - no module in src/components or src/lab is longer than 300 lines.
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = resolve(import.meta.dirname, '..');
const rel = (path: string) => relative(root, path).split(sep).join('/');

function filesUnder(dir: string, pattern = /\.(ts|mjs|astro)$/): string[] {
  const found: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) found.push(...filesUnder(path, pattern));
    else if (pattern.test(name)) found.push(path);
  }
  return found;
}

/** Every module specifier a file imports or re-exports, static or dynamic. */
export function importsOf(text: string): string[] {
  const specifiers: string[] = [];
  const patterns = [
    /\b(?:import|export)\s[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*(?:\/\*.*?\*\/\s*)?['"]([^'"]+)['"]\s*\)/g,
  ];
  for (const pattern of patterns) for (const match of text.matchAll(pattern)) specifiers.push(match[1]!);
  return specifiers;
}

/** The file a relative or root-relative specifier names, or the specifier itself for a package. */
function target(from: string, specifier: string): string {
  const bare = specifier.replace(/\?.*$/, '');
  if (specifier.startsWith('@lab/checks')) return rel(join(root, 'src/lab/checks/index.ts'));
  if (!bare.startsWith('.') && !bare.startsWith('/')) return specifier;
  const base = bare.startsWith('/') ? join(root, bare) : resolve(dirname(from), bare);
  for (const candidate of [base, `${base}.ts`, `${base}.mjs`, join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return rel(candidate);
  }
  return rel(base);
}

/** The runtime's entry, the share links' and the inspector's (kept apart: see src/lab/index.ts). */
const labEntries = new Set(['src/lab/index.ts', 'src/lab/share-link.ts', 'src/lab/inspector/index.ts']);
/** Entries of another kind: the bundler must see these files by path (see src/lab/index.ts). */
const labFileEntries = new Set(['src/lab/compile/compiler-worker.ts', 'src/lab/library/lab.d.ts']);
/**
 * Files that assemble a run from the runtime's parts, as the sandbox's boot.ts does: the Predict
 * blocks' build-time run in a Node worker (clock, scheduler, console capture, lab library).
 */
const runAssemblers = new Set(['src/build/predict/node-run-worker.ts']);

describe('the way into src/lab', () => {
  const outside = ['components', 'pages', 'build', 'integrations', 'i18n'].flatMap((dir) => filesUnder(join(root, 'src', dir)));

  test('the scan sees the files it should', () => {
    expect(outside.map(rel)).toContain('src/components/runner/runner-element.ts');
    expect(importsOf(readFileSync(join(root, 'src/components/runner/lab-services.ts'), 'utf8'))).toContain('../../lab');
  });

  test.each(outside.filter((file) => !runAssemblers.has(rel(file))).map((file) => [rel(file), file]))(
    '%s imports the runtime only through its entry',
    (_, file) => {
      const reaching = importsOf(readFileSync(file, 'utf8'))
        .map((specifier) => ({ specifier, to: target(file, specifier) }))
        .filter(({ specifier, to }) => to.startsWith('src/lab/') && !labEntries.has(to) && !labFileEntries.has(to) && specifier !== '@lab/checks')
        .map(({ specifier }) => specifier);
      expect(reaching).toEqual([]);
    },
  );

  test('a check.ts may import @lab/checks, and the rule catches a deep import', () => {
    const file = join(root, 'src/components/runner/example.ts');
    expect(target(file, '@lab/checks')).toBe('src/lab/checks/index.ts');
    expect(target(file, '../../lab/sandbox/sandbox-host')).toBe('src/lab/sandbox/sandbox-host.ts');
    expect(target(file, '../../lab')).toBe('src/lab/index.ts');
  });
});

describe('src/lab is framework-free', () => {
  const lab = filesUnder(join(root, 'src', 'lab'));
  const forbidden = (file: string, specifier: string): string | undefined => {
    const to = target(file, specifier);
    if (/^astro(:|\/|$)|^@astrojs\//.test(to)) return 'Astro';
    if (/^monaco-editor(\/|$)/.test(to)) return 'Monaco';
    if (/^src\/(components|pages|i18n|build|integrations)\//.test(to)) return to.split('/')[1];
    const testOnly = /\.test\.ts$|\/testing\//.test(rel(file));
    if (/^node:/.test(to) && !testOnly) return 'Node (only tests and testing/ folders may)';
    return undefined;
  };

  test.each(lab.map((file) => [rel(file), file]))('%s imports no framework, page or Node code', (_, file) => {
    const found = importsOf(readFileSync(file, 'utf8'))
      .map((specifier) => [specifier, forbidden(file, specifier)])
      .filter(([, why]) => why);
    expect(found).toEqual([]);
  });

  test('the rule would catch each kind', () => {
    const file = join(root, 'src/lab/sandbox/boot.ts');
    expect(forbidden(file, 'astro:content')).toBe('Astro');
    expect(forbidden(file, 'monaco-editor/editor')).toBe('Monaco');
    expect(forbidden(file, '../../i18n')).toBe('i18n');
    expect(forbidden(file, '../../components/runner/timeline')).toBe('components');
    expect(forbidden(file, 'node:fs')).toMatch(/^Node/);
    expect(forbidden(join(root, 'src/lab/clock/testing/test-harness.ts'), 'node:timers')).toBeUndefined();
  });
});

describe('small modules', () => {
  const limit = 300;
  /** Files another branch is splitting right now; each entry says which. */
  const beingSplit = new Map<string, string>();
  const modules = ['components', 'lab']
    .flatMap((dir) => filesUnder(join(root, 'src', dir), /\.(ts|mjs|astro|css)$/))
    .filter((file) => !/\.test\.ts$/.test(file));
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length;

  test.each(modules.filter((file) => !beingSplit.has(rel(file))).map((file) => [rel(file), file]))(`%s is at most ${limit} lines`, (_, file) => {
    expect(lines(file)).toBeLessThanOrEqual(limit);
  });

  test('every exemption is still needed', () => {
    for (const file of beingSplit.keys()) expect(existsSync(join(root, file)) && lines(join(root, file)) > limit, file).toBe(true);
  });
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { t as buildTimeT, uiStrings } from './index';
import { pageStringsId, readPageStrings, t } from './page-strings';

/** A page holding one language's strings, as PageStrings.astro writes them. */
const pageWith = (id: string, json: string) => ({
  getElementById: (wanted: string) => (wanted === id ? ({ textContent: json } as HTMLElement) : null),
});

describe('the strings a page carries', () => {
  test('are read from the element PageStrings.astro writes', () => {
    const root = pageWith(pageStringsId('zh'), JSON.stringify(uiStrings.zh));
    expect(readPageStrings('zh', root)['runner.run']).toBe('运行');
  });

  test('a page without the language says so instead of showing undefined', () => {
    expect(() => readPageStrings('en', pageWith(pageStringsId('zh'), '{}'))).toThrow('this page carries no UI strings for "en"');
  });

  test('t fills placeholders as the build-time t does', () => {
    expect(t('zh', 'console.more', { count: 3 })).toBe(buildTimeT('zh', 'console.more', { count: 3 }));
    expect(t('en', 'exercise.hint', { n: 1, total: 2 })).toBe(buildTimeT('en', 'exercise.hint', { n: 1, total: 2 }));
  });
});

describe('browser scripts', () => {
  const runnerDir = resolve(import.meta.dirname, '../components/runner');
  const files = (dir: string): string[] =>
    readdirSync(dir).flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? files(path) : name.endsWith('.ts') && !name.endsWith('.test.ts') ? [path] : [];
    });

  test.each(files(runnerDir).map((file) => [file.slice(runnerDir.length + 1), file]))(
    '%s takes only types from src/i18n/index.ts (a value import would bundle both languages)',
    (_, file) => {
      const valueImports = [...readFileSync(file, 'utf8').matchAll(/^import (?!type )[^;]*from '(?:\.\.\/)+i18n(?:\/index)?';/gm)];
      expect(valueImports.map((match) => match[0])).toEqual([]);
    },
  );
});

import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { uiStrings } from './index';
import { pageStrings, pageStringsId, t } from './page-strings';

/** A page holding one language's strings, as PageStrings.astro writes them. */
const pageWith = (id: string, json: string) => ({
  getElementById: (wanted: string) => (wanted === id ? ({ textContent: json } as HTMLElement) : null),
});

describe('the strings a page carries', () => {
  test('are read from the element PageStrings.astro writes, and fill placeholders as at build time', () => {
    const root = pageWith(pageStringsId('zh'), JSON.stringify(uiStrings.zh));
    expect(pageStrings('zh', root)['runner.run']).toBe('运行');
    // Read once: later calls need no page (the test's `document` does not exist in Node).
    expect(t('zh', 'console.more', { count: 3 })).toBe(uiStrings.zh['console.more'].replace('{{count}}', '3'));
  });

  test('a page without the language says so instead of showing undefined', () => {
    expect(() => pageStrings('en', pageWith(pageStringsId('zh'), '{}'))).toThrow('this page carries no UI strings for "en"');
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

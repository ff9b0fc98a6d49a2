import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { aliases } from './aliases.mjs';

test("tsconfig.json's paths are the aliases Vite, Vitest and esbuild use", () => {
  const tsconfig = JSON.parse(readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8')) as { compilerOptions: { paths?: Record<string, string[]> } };
  const paths = Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths ?? {}).map(([name, [path]]) => [name, path?.replace(/^\.\//, '')]));
  expect(paths).toEqual(aliases);
});

test('an exercise check resolves @lab/checks in Vitest', async () => {
  const { checks } = await import('@lab/checks');
  expect(typeof checks).toBe('function');
});

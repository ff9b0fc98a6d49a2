import { readFileSync } from 'node:fs';
import { expect, test } from 'vitest';
import { aliases } from './aliases.mjs';

test("tsconfig.json's paths are the aliases Vite, Vitest and esbuild use", () => {
  const tsconfig = JSON.parse(readFileSync(new URL('../../tsconfig.json', import.meta.url), 'utf8')) as {
    compilerOptions: { paths?: Record<string, string[]> };
  };
  const paths = Object.fromEntries(Object.entries(tsconfig.compilerOptions.paths ?? {}).map(([name, [path]]) => [name, path?.replace(/^\.\//, '')]));
  expect(paths).toEqual(aliases);
});

test('an exercise check resolves @lab/checks in Vitest', async () => {
  const { checks } = await import('@lab/checks');
  expect(typeof checks).toBe('function');
});

test('the build bundles a check.ts that imports @lab/checks', async () => {
  const { mkdtempSync, writeFileSync } = await import('node:fs');
  const { tmpdir } = await import('node:os');
  const { join } = await import('node:path');
  const { bundleCheck } = await import('./esbuild');
  const dir = mkdtempSync(join(tmpdir(), 'lab-check-'));
  writeFileSync(join(dir, 'check.ts'), "import { checks, printed } from '@lab/checks';\nexport default checks(printed('x'));\n");
  await expect(bundleCheck(join(dir, 'check.ts'))).resolves.toBeUndefined();
  writeFileSync(join(dir, 'broken.ts'), "import { nothing } from '@lab/checks';\nexport default nothing;\n");
  await expect(bundleCheck(join(dir, 'broken.ts'))).rejects.toThrow(/No matching export/);
});

import { readFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, test } from 'vitest';
import { monacoWorkersWithoutContributions, withoutContributions } from './vite-monaco-workers.mjs';

const monacoRoot = fileURLToPath(new URL('../../../../node_modules/monaco-editor/', import.meta.url));
const tsWorkerManager = resolve(monacoRoot, 'esm/vs/languages/features/typescript/workerManager.js');
const workersFile = resolve(monacoRoot, 'esm/vs/internal/common/workers.js');

/** The plugin's hooks, called as Vite calls them, with a resolver that resolves relative paths. */
const plugin = monacoWorkersWithoutContributions();
type Hook = (this: unknown, ...args: unknown[]) => Promise<unknown>;
const context = { resolve: async (source: string, importer: string) => ({ id: resolve(dirname(importer), source) }) };
const resolveId = (source: string, importer?: string) => (plugin.resolveId as Hook).call(context, source, importer, {});
const load = (id: string) => (plugin.load as Hook).call(context, id);

describe("the language services' worker factory without Monaco's every contribution", () => {
  test("the TypeScript service's import of workers.js is redirected, and nothing else is", async () => {
    const source = '../../../internal/common/workers.js';
    expect(readFileSync(tsWorkerManager, 'utf8')).toContain(`from '${source}'`);
    expect(await resolveId(source, tsWorkerManager)).toBe(`${workersFile}?without-contributions`);
    expect(await resolveId('./workerManager.js', tsWorkerManager)).toBeNull();
    expect(await resolveId(source, '/work/src/somewhere.ts')).toBeNull();
  });

  test('the redirected module keeps the factory and its one import, and registers no contribution', async () => {
    const original = readFileSync(workersFile, 'utf8');
    expect(original.match(/^import '/gm)?.length).toBeGreaterThan(40);
    const lean = (await load(`${workersFile}?without-contributions`)) as string;
    expect(lean.match(/^import .*$/gm)).toEqual(["import { editor } from '../../editor/editor.api.js';"]);
    expect(lean).toContain('function createWebWorker(');
    expect(lean).toContain('export { createWebWorker };');
    expect(await load(workersFile)).toBeNull();
  });

  test('a workers.js of another shape fails the build', () => {
    expect(() => withoutContributions("import { editor } from './editor.js';\nexport { createWebWorker };\n")).toThrow(/changed shape/);
    expect(() => withoutContributions("import './a.js';\nexport function createWorker() {}\n")).toThrow(/changed shape/);
  });
});

import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';
import { compileSnippet, formatDiagnostic } from './compile-snippet';
import { createPositionMapper } from './source-map';

// Native esbuild here, esbuild-wasm in the browser: the same version and the same options.
const compile = (source: string) => compileSnippet(esbuild, source);

describe('compileSnippet', () => {
  test('TypeScript becomes an ES module that reads the lab library from the sandbox', async () => {
    const outcome = await compile(`import { sleep } from "lab";\nconst ms: number = 10;\nawait sleep(ms);\n`);
    expect(outcome.kind).toBe('compiled');
    if (outcome.kind !== 'compiled') return;
    expect(outcome.program.code).toContain('Symbol.for("async-lab.start")');
    expect(outcome.program.code).toContain('await sleep(ms)');
    expect(outcome.program.code).not.toContain(': number');
    expect(JSON.parse(outcome.program.map).version).toBe(3);
  });

  test('a syntax error comes back with its TypeScript line and column', async () => {
    const outcome = await compile(`const a = 1;\nconst b = ;\n`);
    expect(outcome).toEqual({
      kind: 'compile-error',
      diagnostics: [{ message: 'Unexpected ";"', line: 2, column: 11, lineText: 'const b = ;' }],
    });
    if (outcome.kind === 'compile-error') expect(formatDiagnostic(outcome.diagnostics[0]!)).toBe('main.ts:2:11: Unexpected ";"');
  });

  test('importing anything but "lab" is a compile error that says what is allowed', async () => {
    const outcome = await compile(`import fs from "node:fs";\nfs.readFileSync("x");\n`);
    expect(outcome.kind).toBe('compile-error');
    if (outcome.kind === 'compile-error') {
      expect(outcome.diagnostics[0]!.message).toBe(`Only "lab" can be imported here; "node:fs" is not available in Async Lab's sandbox.`);
      expect(outcome.diagnostics[0]!.line).toBe(1);
    }
  });

  test('importing a name lab does not export is a compile error', async () => {
    const outcome = await compile(`import { teleport } from "lab";\nteleport();\n`);
    expect(outcome.kind).toBe('compile-error');
  });

  test('the source map leads a runtime position back to the TypeScript line', async () => {
    const source = `import { sleep } from "lab";\n\ninterface P { x: number }\nconst p: P = { x: 1 };\nawait sleep(1);\nthrow new Error("boom " + p.x);\n`;
    const outcome = await compile(source);
    if (outcome.kind !== 'compiled') throw new Error('expected to compile');
    const lines = outcome.program.code.split('\n');
    const generatedLine = lines.findIndex((line) => line.includes('throw new Error')) + 1;
    const column = lines[generatedLine - 1]!.indexOf('throw') + 1;
    const map = createPositionMapper(outcome.program.map);
    expect(map(generatedLine, column)).toEqual({ line: 6, column: 1 });
  });
});

import * as esbuild from 'esbuild';
import { describe, expect, test } from 'vitest';
import { compileSnippet } from './compile-snippet';
import { linkLabImports } from './lab-imports';

const compile = (source: string) => compileSnippet(esbuild, source);
const library = 'globalThis[Symbol.for("async-lab")]';

/** Runs compiled code as the sandbox would, with a fake library installed. */
async function evaluate(code: string, lab: Record<string, unknown>): Promise<unknown> {
  const key = Symbol.for('async-lab');
  (globalThis as Record<symbol, unknown>)[key] = lab;
  try {
    const url = `data:text/javascript;base64,${Buffer.from(code).toString('base64')}`;
    return ((await import(/* @vite-ignore */ url)) as { default?: unknown }).default;
  } finally {
    delete (globalThis as Record<symbol, unknown>)[key];
  }
}

describe('lab imports', () => {
  test('named, renamed and namespace imports read the installed library, and the code runs', async () => {
    const outcome = await compile(
      `import { sleep, now as clock } from "lab";\nimport * as lab from "lab";\nimport "lab";\nconst t: number = clock();\nexport default [await sleep(1), t, lab.now()];\n`,
    );
    if (outcome.kind !== 'compiled') throw new Error(JSON.stringify(outcome));
    expect(outcome.program.code).not.toMatch(/from "lab"/);
    expect(outcome.program.code).toContain(`const { sleep, now: clock } = ${library};`);
    expect(outcome.program.code).toContain(`const lab = ${library};`);
    const result = await evaluate(outcome.program.code, { sleep: async () => 'slept', now: () => 7 });
    expect(result).toEqual(['slept', 7, 7]);
  });

  test('a line that only looks like an import inside a string is left alone', async () => {
    const source = 'import { now } from "lab";\nconst text = `\nimport { sleep } from "lab";\n`;\nexport default [text, now()];\n';
    const outcome = await compile(source);
    if (outcome.kind !== 'compiled') throw new Error(JSON.stringify(outcome));
    const result = await evaluate(outcome.program.code, { now: () => 1 });
    expect(result).toEqual(['\nimport { sleep } from "lab";\n', 1]);
  });

  test('the rewrite changes import lines only, one for one, so the source map still holds', () => {
    const banner = 'start();';
    const code = [
      banner,
      '',
      '// main.ts',
      'import { sleep } from "lab";',
      'import * as lab from "lab";',
      'await sleep(1);',
      'import { now } from "lab";',
      '',
    ].join('\n');
    const linked = linkLabImports(code, banner);
    expect(linked.problems).toEqual([]);
    expect(linked.code.split('\n')).toEqual([
      banner,
      '',
      '// main.ts',
      `const { sleep } = ${library};`,
      `const lab = ${library};`,
      'await sleep(1);',
      // Past the first line of program text nothing is an import esbuild hoisted.
      'import { now } from "lab";',
      '',
    ]);
  });

  test.each([
    [
      'a package',
      `import fs from "node:fs";\nfs.readFileSync("x");\n`,
      1,
      `Only "lab" can be imported here; "node:fs" is not available in Async Lab's sandbox.`,
    ],
    [
      'a URL',
      `const a = 1;\nimport x from "https://example.com/x.js";\nconsole.log(x, a);\n`,
      2,
      `Only "lab" can be imported here; "https://example.com/x.js" is not available in Async Lab's sandbox.`,
    ],
    [
      'a path under lab',
      `import { sleep } from "lab/extra";\nawait sleep(1);\n`,
      1,
      `Only "lab" can be imported here; "lab/extra" is not available in Async Lab's sandbox.`,
    ],
    ['a relative file', `import y from "./y";\nconsole.log(y);\n`, 1, `Only "lab" can be imported here; "./y" is not available in Async Lab's sandbox.`],
    [
      'a name lab does not export',
      `import { sleep } from "lab";\nimport { teleport } from "lab";\nteleport(); sleep(1);\n`,
      2,
      `"lab" has no export named "teleport". It exports: sleep, now, fetchUser, http, createClient, blockFor, runInWorker.`,
    ],
    ['a default import', `import lab from "lab";\nlab.sleep(1);\n`, 1, `"lab" has no default export; import the names you use: import { sleep } from "lab";`],
  ])('importing %s is a compile error at the import', async (_, source, line, message) => {
    const outcome = await compile(source);
    expect(outcome.kind).toBe('compile-error');
    if (outcome.kind !== 'compile-error') return;
    expect(outcome.diagnostics[0]).toMatchObject({ message, line, lineText: source.split('\n')[line - 1] });
  });

  test('imports only used as types vanish, as TypeScript erases them', async () => {
    const outcome = await compile(
      `import type { LabResponse } from "lab";\nimport { teleport } from "lab";\nlet r: LabResponse | undefined;\nexport default r;\n`,
    );
    expect(outcome.kind).toBe('compiled');
  });
});

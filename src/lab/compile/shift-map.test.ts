import { describe, expect, test } from 'vitest';
import { transform } from 'esbuild';
import { instrumentProgram } from './instrument';
import { createPositionMapper, decodeVlq } from './source-map';
import { encodeVlq } from './shift-map';

/** 1-based line and column of each place `needle` occurs in `code`. */
function occurrences(code: string, needle: string): Array<{ line: number; column: number }> {
  const found: Array<{ line: number; column: number }> = [];
  for (let at = code.indexOf(needle); at >= 0; at = code.indexOf(needle, at + 1)) {
    const before = code.slice(0, at).split('\n');
    found.push({ line: before.length, column: before.at(-1)!.length + 1 });
  }
  return found;
}

describe('the source map of an instrumented program', () => {
  test('VLQ encoding is the inverse of decoding', () => {
    const values = [0, 1, -1, 15, -16, 16, 1000, -123456, 2 ** 20];
    expect(decodeVlq(encodeVlq(values))).toEqual(values);
  });

  test('points every call at the same TypeScript line and column as before the rewrite', async () => {
    const source = [
      'async function load(n: number): Promise<number> { await null; return mark(n); }',
      'function mark(n: number): number { return n; }',
      'const a = await load(1), b = await load(await load(2));',
      'const c = async () => await mark(await load(3));',
      'mark(a + b); await c();',
      'export {};',
    ].join('\n');
    // esbuild as the site compiles (TypeScript to an ES module with a separate source map).
    const { code, map } = await transform(source, { loader: 'ts', format: 'esm', target: 'es2022', sourcemap: 'external', sourcefile: 'main.ts' });
    const program = { code, map };
    const recorded = instrumentProgram(program);
    expect(recorded.code).not.toBe(program.code);
    const before = occurrences(program.code, 'mark(');
    const after = occurrences(recorded.code, 'mark(');
    expect(after).toHaveLength(before.length);
    const mapBefore = createPositionMapper(program.map);
    const mapAfter = createPositionMapper(recorded.map);
    const where = (map: typeof mapBefore, at: { line: number; column: number }) => map(at.line, at.column);
    expect(after.map((at) => where(mapAfter, at))).toEqual(before.map((at) => where(mapBefore, at)));
    // Without the shift the columns would be wrong: the instrumented positions read through the old map.
    expect(after.map((at) => where(mapBefore, at))).not.toEqual(before.map((at) => where(mapBefore, at)));
  });
});

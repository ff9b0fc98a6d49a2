/**
 * Every lesson example in content/examples (the files `<Runnable file=…>` and the playground load,
 * with their `.zh.ts` twins): what the recording test (recording.test.ts) runs. Any file added
 * later counts; nothing here names an example.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { tokenizer } from 'acorn';
import { examplesDir } from '../../src/build/examples';
import { precompile } from '../../src/build/esbuild';

export interface LessonExample {
  /** Path under content/examples, e.g. "event-loop/order.zh.ts". */
  name: string;
  source: string;
}

export function lessonExamples(dir = examplesDir): LessonExample[] {
  const files: string[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const path = join(folder, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) files.push(path);
    }
  };
  walk(dir);
  return files.sort().map((path) => ({ name: relative(dir, path), source: readFileSync(path, 'utf8') }));
}

/**
 * The program's tokens with every string and template text blanked, so that a `.zh.ts` twin that
 * only translates what it prints has the same shape as its English example.
 */
export async function codeShape(source: string): Promise<string> {
  const { code } = await precompile(source, 'an example');
  return [...tokenizer(code, { ecmaVersion: 'latest', sourceType: 'module' })]
    .map((token) =>
      token.type.label === 'string' || token.type.label === 'template'
        ? token.type.label
        : `${token.type.label}:${String((token as { value?: unknown }).value ?? '')}`,
    )
    .join(' ');
}

/**
 * Build-time loading of runnable code: lesson examples from content/examples and exercises from
 * content/exercises. Everything is compiled with native esbuild (esbuild.ts: the same version and
 * options as the in-browser esbuild-wasm), so unedited code runs without any compiler in the browser.
 * Problems fail the build with the file or slug in the message.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledProgram, Locale } from '../lab';
import { precompile } from './esbuild';

const root = process.cwd();
export const examplesDir = join(root, 'content', 'examples');
export const exercisesDir = join(root, 'content', 'exercises');

export interface Example {
  source: string;
  editorKey: string;
  program: CompiledProgram;
  python: string | undefined;
}

/**
 * Reads content/examples/<file>; for zh pages a `<name>.zh.ts` beside it wins, so examples can
 * print Chinese. A `<name>.py` beside it becomes the read-only Python tab.
 */
export async function loadExample(file: string, locale: Locale, component = 'Runnable'): Promise<Example> {
  if (typeof file !== 'string' || !/^[\w-]+(\/[\w-]+)*\.ts$/.test(file)) {
    throw new Error(`<${component}>: file must be a path like "why-async/three-waits.ts" under content/examples/, got ${JSON.stringify(file)}`);
  }
  const localized = file.replace(/\.ts$/, '.zh.ts');
  const chosen = locale === 'zh' && existsSync(join(examplesDir, localized)) ? localized : file;
  const path = join(examplesDir, chosen);
  if (!existsSync(path)) throw new Error(`<${component}>: no example at content/examples/${file}`);
  const source = readFileSync(path, 'utf8');
  const pythonPath = join(examplesDir, file.replace(/\.ts$/, '.py'));
  return {
    source,
    // Saved edits are keyed by the file shown, so the two languages never overwrite each other.
    editorKey: `example:${chosen}`,
    program: await precompile(source, `content/examples/${chosen}`),
    python: existsSync(pythonPath) ? readFileSync(pythonPath, 'utf8') : undefined,
  };
}

/** JSON that is safe inside a <script> element. */
export function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

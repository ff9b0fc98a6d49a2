/**
 * Native esbuild, the one place the build uses it (Node only: `astro build`, `astro dev`, Vitest).
 * It does three jobs, all with the same esbuild version as the browser's esbuild-wasm:
 * - precompiles examples and exercise code, with the very options the browser's compiler uses
 *   (compile-snippet.ts), so unedited code runs without a compiler in the page;
 * - bundles the sandbox document's two scripts (sandbox-document.ts);
 * - checks that an exercise's check.ts bundles, and compares code with its comments stripped.
 */
import * as esbuild from 'esbuild';
import { compileSnippet, formatDiagnostic, type CompiledProgram } from '../lab';
import { absoluteAliases } from './aliases.mjs';

const root = process.cwd();
const compiled = new Map<string, Promise<CompiledProgram>>();

/** Compiles `source` once per build; `where` names it in the error when it does not compile. */
export function precompile(source: string, where: string): Promise<CompiledProgram> {
  let program = compiled.get(source);
  if (!program) {
    program = compileSnippet(esbuild, source).then((outcome) => {
      if (outcome.kind === 'compiled') return outcome.program;
      throw new Error(`${where} does not compile:\n${outcome.diagnostics.map(formatDiagnostic).join('\n')}`);
    });
    compiled.set(source, program);
  }
  return program;
}

/**
 * A script bundled for an inline `<script>`: an IIFE, minified, class names kept (HttpError and
 * LabResponse show in what users print), and no `</script` inside.
 */
export async function bundleScript(entry: string, plugins: esbuild.Plugin[] = []): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    plugins,
    bundle: true,
    format: 'iife',
    target: 'es2022',
    minify: true,
    keepNames: true,
    charset: 'utf8',
    legalComments: 'none',
    write: false,
  });
  const text = result.outputFiles[0]?.text;
  if (!text) throw new Error(`bundling ${entry} produced no output`);
  // Inside <script> elements "</script" would end the element early.
  return text.replace(/<\/script/gi, '<\\/script');
}

/** Bundles a check.ts the way the page will; rejects with "check.ts:line:col: message" lines. */
export async function bundleCheck(file: string): Promise<void> {
  try {
    await esbuild.build({
      entryPoints: [file],
      bundle: true,
      write: false,
      format: 'esm',
      platform: 'neutral',
      logLevel: 'silent',
      alias: absoluteAliases(root),
    });
  } catch (error) {
    const errors = (error as { errors?: Array<{ text: string; location: { line: number; column: number } | null }> }).errors ?? [];
    const details = errors.map((e) => `check.ts:${e.location?.line ?? 0}:${(e.location?.column ?? 0) + 1}: ${e.text}`).join('\n');
    throw new Error(details || (error as Error).message);
  }
}

/**
 * The code of a TypeScript source with every comment gone. esbuild's normal output keeps some
 * comments (JSDoc above class members, comments inside arrays); minified output keeps none.
 */
export async function codeWithoutComments(source: string): Promise<string> {
  const { code } = await esbuild.transform(source, { loader: 'ts', format: 'esm', minifyWhitespace: true, legalComments: 'none' });
  return code;
}

/** A module bundled to run in a Node worker thread at build time (the Predict blocks' runs). */
export async function bundleForNode(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'node',
    target: 'node24',
    logLevel: 'silent',
  });
  const text = result.outputFiles[0]?.text;
  if (!text) throw new Error(`bundling ${entry} produced no output`);
  return text;
}

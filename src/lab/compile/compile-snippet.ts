/**
 * Turns a snippet's TypeScript into the JavaScript module the sandbox runs, with a source map.
 * The same function runs at build time (native esbuild, for precompiled examples) and in the
 * browser (esbuild-wasm, for edited code): both are esbuild 0.28.2 with the options below, so an
 * example gives the same output either way.
 *
 * The only import a snippet may use is "lab": lab-imports.ts turns its imports into reads of the
 * library the sandbox installed. Any other import fails to compile with a message that says so.
 */
import type { CompileOutcome, Diagnostic } from '../types';
import { labStartKey } from '../library/exports';
import { importDiagnostics, linkLabImports } from './lab-imports';

/** The subset of esbuild's API used here, so native esbuild and esbuild-wasm both fit. */
export interface EsbuildApi {
  build(options: Record<string, unknown>): Promise<{ outputFiles?: Array<{ path: string; text: string }> }>;
}

interface EsbuildMessage {
  text: string;
  location: { line: number; column: number; lineText: string } | null;
}

/** The file name errors and stack traces show for the reader's code. */
export const snippetFileName = 'main.ts';

/** Runs first in every compiled module: tells the sandbox the reader's code is starting. */
const startBanner = `globalThis[Symbol.for(${JSON.stringify(labStartKey)})]?.();`;

/** The esbuild options, shared by the build-time and in-browser compilers. */
export function buildOptions(source: string): Record<string, unknown> {
  return {
    stdin: { contents: source, loader: 'ts', sourcefile: snippetFileName },
    bundle: true,
    write: false,
    format: 'esm',
    target: 'es2024',
    platform: 'neutral',
    charset: 'utf8',
    sourcemap: 'external',
    sourcesContent: false,
    outfile: 'main.js',
    banner: { js: startBanner },
    logLevel: 'silent',
    // Left for lab-imports.ts to link: a resolver plugin would cost 15 ms per compile.
    external: ['lab'],
  };
}

/** esbuild's "Could not resolve" reads as if a file were missing; say what the sandbox allows instead. */
function explain(text: string): string {
  const missing = /^Could not resolve "(.*)"$/.exec(text);
  return missing ? `Only "lab" can be imported here; "${missing[1]}" is not available in Async Lab's sandbox.` : text;
}

function toDiagnostics(messages: EsbuildMessage[]): Diagnostic[] {
  return messages.map(({ text, location }) => ({
    message: explain(text),
    line: location?.line ?? 1,
    column: (location?.column ?? 0) + 1,
    lineText: location?.lineText ?? '',
  }));
}

/** Compiles a snippet; compile errors come back as data, in TypeScript positions. */
export async function compileSnippet(esbuild: EsbuildApi, source: string): Promise<CompileOutcome> {
  try {
    const result = await esbuild.build(buildOptions(source));
    const files = result.outputFiles ?? [];
    const code = files.find((file) => file.path.endsWith('main.js'))?.text;
    const map = files.find((file) => file.path.endsWith('main.js.map'))?.text;
    if (code === undefined || map === undefined) throw new Error('esbuild returned no output');
    const linked = linkLabImports(code, startBanner);
    if (linked.problems.length > 0) return { kind: 'compile-error', diagnostics: importDiagnostics(linked.problems, map, source) };
    return { kind: 'compiled', program: { code: linked.code, map } };
  } catch (error) {
    const errors = (error as { errors?: EsbuildMessage[] }).errors;
    if (Array.isArray(errors) && errors.length > 0) return { kind: 'compile-error', diagnostics: toDiagnostics(errors) };
    throw error;
  }
}

/** A diagnostic as one readable line: "main.ts:3:7: Expected ";" but found "x"". */
export function formatDiagnostic({ message, line, column }: Diagnostic): string {
  return `${snippetFileName}:${line}:${column}: ${message}`;
}

/**
 * Links a compiled snippet's `import ... from "lab"` to the library the sandbox installs, without
 * a module loader.
 *
 * Why not a shim module: an esbuild plugin that supplies one costs a round trip between Go and
 * JavaScript per import, which made every in-browser compile 15–20 ms slower (measured: 19 ms
 * median with the plugin, 4 ms without, esbuild-wasm in Node); and a run that imports a second
 * blob module pays another module fetch in the sandbox. Instead esbuild bundles with "lab"
 * left external, which hoists every static import to the top of its output in one canonical
 * form (`import { a, b as c } from "lab";`), and this module rewrites those lines, one line for
 * one line so the source map stays true, into reads of the installed library:
 * `const { a, b: c } = globalThis[Symbol.for("async-lab")];`.
 *
 * It also checks what a module loader would: only "lab" can be imported, no default import, and
 * only names the library exports.
 */
import type { Diagnostic } from '../types';
import { labExportNames, labGlobalKey } from '../library/exports';
import { createPositionMapper } from './source-map';

const library = `globalThis[Symbol.for(${JSON.stringify(labGlobalKey)})]`;
const exported = new Set<string>(labExportNames);

/** One hoisted import as esbuild prints it. */
const importLine = /^import (?:(.+) from )?"((?:[^"\\]|\\.)*)";$/;
const namespaceClause = /^\* as ([\w$]+)$/;
const namedClause = /^\{ (.*) \}$/;
const namedBinding = /^([\w$]+)(?: as ([\w$]+))?$/;

/** Problems in esbuild-generated coordinates; the caller maps them to the reader's lines. */
interface ImportProblem {
  message: string;
  generatedLine: number;
}

/** Rewrites one import line, or says what is wrong with it. */
function rewrite(clause: string | undefined, specifier: string): { code: string } | { message: string } {
  if (specifier !== 'lab') {
    return { message: `Only "lab" can be imported here; "${specifier}" is not available in Async Lab's sandbox.` };
  }
  // `import "lab";` only runs the module, which the sandbox has done already.
  if (clause === undefined) return { code: ';' };
  const namespace = namespaceClause.exec(clause);
  if (namespace) return { code: `const ${namespace[1]} = ${library};` };
  const named = namedClause.exec(clause);
  if (!named) return { message: `"lab" has no default export; import the names you use: import { sleep } from "lab";` };
  const properties: string[] = [];
  for (const part of named[1]!.split(', ')) {
    const binding = namedBinding.exec(part);
    const name = binding?.[1];
    if (!binding || !name || !exported.has(name)) {
      const shown = name ?? part.replace(/ as .*$/, '');
      return { message: `"lab" has no export named ${shown.startsWith('"') ? shown : JSON.stringify(shown)}. It exports: ${labExportNames.join(', ')}.` };
    }
    properties.push(binding[2] ? `${name}: ${binding[2]}` : name);
  }
  return { code: `const { ${properties.join(', ')} } = ${library};` };
}

/**
 * Rewrites the hoisted imports at the top of esbuild's output. `code` must come from a bundle
 * build with "lab" external: everything before the first line of program text is the banner,
 * esbuild's `// file` comments, blank lines and imports.
 */
export function linkLabImports(code: string, banner: string): { code: string; problems: ImportProblem[] } {
  const lines = code.split('\n');
  const problems: ImportProblem[] = [];
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    if (line === '' || line.startsWith('// ') || line === banner) continue;
    const match = importLine.exec(line);
    if (!match) break;
    const outcome = rewrite(match[1], JSON.parse(`"${match[2]}"`) as string);
    if ('message' in outcome) problems.push({ message: outcome.message, generatedLine: index + 1 });
    else lines[index] = outcome.code;
  }
  return { code: lines.join('\n'), problems };
}

/** Turns problems into diagnostics at the reader's import statements. */
export function importDiagnostics(problems: ImportProblem[], map: string, source: string): Diagnostic[] {
  const toSource = createPositionMapper(map);
  const sourceLines = source.split('\n');
  return problems.map(({ message, generatedLine }) => {
    const position = toSource(generatedLine, 1) ?? { line: 1, column: 1 };
    return { message, line: position.line, column: position.column, lineText: sourceLines[position.line - 1] ?? '' };
  });
}

/**
 * Makes every error's `stack` inside the sandbox point at the reader's TypeScript
 * ("at main (main.ts:3:9)") instead of a blob URL of compiled JavaScript, and hides the
 * sandbox's own frames. Uses V8's `Error.prepareStackTrace` hook, so errors the reader prints
 * themselves are mapped too, not only the ones the runner reports.
 */
import type { SourcePosition } from '../types';
import { snippetFileName } from '../compile/compile-snippet';

type PositionMapper = (line: number, column: number) => SourcePosition | undefined;

/** The part of a V8 CallSite used here. */
interface CallSite {
  getFileName(): string | null | undefined;
  toString(): string;
}

const escapeRegExp = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Replaces every "<moduleUrl>:line:col" in `text` with the TypeScript position. */
export function mapPositions(text: string, moduleUrl: string, mapper: PositionMapper): string {
  const pattern = new RegExp(`${escapeRegExp(moduleUrl)}:(\\d+):(\\d+)`, 'g');
  return text.replace(pattern, (whole, line: string, column: string) => {
    const position = mapper(Number(line), Number(column));
    return position ? `${snippetFileName}:${position.line}:${position.column}` : whole;
  });
}

/** The first TypeScript position a (mapped) stack names, which is where the error was thrown. */
export function firstPosition(stack: string): SourcePosition | undefined {
  const match = new RegExp(`${escapeRegExp(snippetFileName)}:(\\d+):(\\d+)`).exec(stack);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

function header(error: unknown): string {
  try {
    return Error.prototype.toString.call(error);
  } catch {
    return 'Error';
  }
}

/**
 * Installs the hook on `ErrorConstructor`.
 * @param moduleUrl the blob URL the reader's module was imported from
 * @param internalFiles URLs whose frames belong to the sandbox and are hidden
 */
export function installStackMapping(ErrorConstructor: ErrorConstructor, moduleUrl: string, mapper: PositionMapper, internalFiles: string[]): void {
  const hook = (error: unknown, callSites: CallSite[]): string => {
    const frames = callSites
      .filter((site) => !internalFiles.includes(site.getFileName() ?? ''))
      .map((site) => `    at ${mapPositions(site.toString(), moduleUrl, mapper)}`);
    return [header(error), ...frames].join('\n');
  };
  // prepareStackTrace is V8's documented extension point; TypeScript's lib does not declare it.
  Object.assign(ErrorConstructor, { prepareStackTrace: hook });
}

/**
 * The sandbox document's console formatting: what `../format/inspect` is in the run's worker
 * (src/build/sandbox-document.ts points that import here; Node, the tests and the build keep the
 * real one). The port of Node's util.inspect is a third of the sandbox's code (8 KB gzipped), and
 * a lesson's first Run mostly prints text: so the formatter is a script of its own
 * (formatter-entry.ts, /sandbox-format.js), which the page sends to each run's worker once it has
 * it (sandbox-host.ts: fetched after the page's first run ends, or when a run needs it).
 *
 * Until it is there, this formats what needs no formatter, exactly as it would: console
 * arguments that are text, numbers, booleans, bigints, null or undefined (Node joins them with
 * spaces, a `%` placeholder aside), and `inspect` of such a value other than a string. Anything
 * else calls the `missing` hook: the worker then tells the page, which runs the program again,
 * from the start, in a worker that has the formatter. What the first attempt printed is never
 * shown as the result, so the output is always the formatter's.
 */
import type { InspectOptions } from '../format/inspect';
import { runSandboxScript } from './sandbox-script';

export type { InspectOptions } from '../format/inspect';

/** The real formatter, as formatter-entry.ts hands it over. */
export interface FormatterModule {
  inspect(value: unknown, options?: InspectOptions): string;
  formatArgs(args: unknown[]): string;
}

export const formatterModuleKey = 'async-lab.formatter-module';

let full: FormatterModule | undefined;
let missing: () => void = () => undefined;

/** From now on, format with `module`. */
export function installFormatter(module: FormatterModule): void {
  full = module;
}

/**
 * Runs the formatter's script in this worker, installs it, and formats a bit of everything once
 * while the worker waits, so a run does not pay for compiling it (boot.ts's warm-up does the same
 * for the rest).
 */
export function loadFormatter(scope: object, script: string): void {
  if (full) return;
  installFormatter(runSandboxScript<FormatterModule>(scope, script, formatterModuleKey));
  formatArgs(['warm', 1, [1, 2], { a: { b: [true, null] } }, new Map([['k', 1]]), new Error('warm')]);
}

export const hasFormatter = (): boolean => full !== undefined;

/** Called when something needs the formatter while it is not there (the run then starts over). */
export function onFormatterMissing(hook: () => void): void {
  missing = hook;
}

/** A primitive as `inspect` prints it, when that needs no formatter; undefined otherwise. */
function plain(value: unknown): string | undefined {
  if (typeof value === 'number') return Object.is(value, -0) ? '-0' : `${value}`;
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'boolean' || value === undefined || value === null) return `${value}`;
  return undefined;
}

function formatterMissing(): string {
  missing();
  return '';
}

export function inspect(value: unknown, options?: InspectOptions): string {
  if (full) return full.inspect(value, options);
  return plain(value) ?? formatterMissing();
}
inspect.custom = Symbol.for('nodejs.util.inspect.custom');

export function formatArgs(args: unknown[]): string {
  if (full) return full.formatArgs(args);
  const first = args[0];
  if (typeof first === 'string' && args.length > 1 && first.includes('%')) return formatterMissing();
  const parts: string[] = [];
  for (const arg of args) {
    const text = typeof arg === 'string' ? arg : plain(arg);
    if (text === undefined) return formatterMissing();
    parts.push(text);
  }
  return parts.join(' ');
}

/**
 * Error formatting for the `util.inspect` port in ./inspect.ts: an error prints as its `stack`
 * (`Error: boom\n    at f (file:1:2)`), or as `[Name: message]` when it has no stack frames.
 *
 * Ported from Node 24's lib/internal/util/inspect.js (`formatError`, `improveStack`,
 * `getStackFrames`, `identicalSequenceRange`; Node.js is MIT-licensed). Left out: colouring of
 * node_modules / cwd paths, and the collapsing of repeated frames in stacks longer than ten
 * frames (engines keep ten frames by default, so that rarely applies).
 */

import { getPrefix } from './inspect-text';

/** The part of the inspection state that error formatting reads and updates. */
export interface ErrorCtx {
  indentationLvl: number;
  showHidden: boolean;
  seen: unknown[];
}

/** Formats a value that is not a string, for the rare `stack` that is not a string. */
export type FormatNested = (value: unknown) => string;

const errorToString = Error.prototype.toString;
const hasOwn = (value: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(value, key);

/**
 * Node's `isError`: a native error (Error.isError where the engine has it) or anything with
 * Error.prototype on its prototype chain.
 */
export function isError(value: unknown): value is Error {
  const isNative = (Error as unknown as { isError?: (v: unknown) => boolean }).isError;
  if (isNative !== undefined) {
    if (isNative(value)) return true;
  } else if (Object.prototype.toString.call(value) === '[object Error]') {
    return true;
  }
  return Function.prototype[Symbol.hasInstance].call(Error, value);
}

/**
 * V8 stacks start with `Name: message` and list frames as `    at fn (file:1:2)`. Firefox and
 * Safari list only frames, as `fn@file:1:2`; rewrite those into V8's shape so that they print
 * like they would in Node.
 */
function normalizeStack(error: object, stack: string): string {
  if (stack.includes('\n    at ')) return stack;
  let header: string;
  try {
    header = errorToString.call(error);
  } catch {
    return stack;
  }
  if (stack.startsWith(header)) return stack;
  const lines = stack.split('\n').filter((line) => line !== '');
  if (lines.length === 0 || !lines.every((line) => line.includes('@'))) return stack;
  const frames = lines.map((line) => {
    const at = line.indexOf('@');
    const fn = line.slice(0, at);
    const location = line.slice(at + 1);
    return fn === '' ? `    at ${location}` : `    at ${fn} (${location})`;
  });
  return `${header}\n${frames.join('\n')}`;
}

function getStackString(ctx: ErrorCtx, error: object, formatNested: FormatNested): string {
  let stack: unknown;
  try {
    stack = (error as { stack?: unknown }).stack;
  } catch {
    // A `stack` getter that throws is ignored.
  }
  if (stack) {
    if (typeof stack === 'string') return normalizeStack(error, stack);
    ctx.seen.push(error);
    ctx.indentationLvl += 4;
    const result = formatNested(stack);
    ctx.indentationLvl -= 4;
    ctx.seen.pop();
    return `${errorToString.call(error)}\n    ${result}`;
  }
  return errorToString.call(error);
}

/** Length and start of the first run of more than three frames of `a` that also appear in `b`. */
function identicalSequenceRange(a: string[], b: string[]): [number, number] {
  for (let i = 0; i < a.length - 3; i++) {
    const pos = b.indexOf(a[i]);
    if (pos !== -1) {
      const rest = b.length - pos;
      if (rest > 3) {
        let len = 1;
        const maxLen = Math.min(a.length - i, rest);
        while (maxLen > len && a[i + len] === b[pos + len]) len++;
        if (len > 3) return [len, i];
      }
    }
  }
  return [0, 0];
}

function getStackFrames(ctx: ErrorCtx, err: object, stack: string, formatNested: FormatNested): string[] {
  const frames = stack.split('\n');
  let cause: unknown;
  try {
    cause = (err as { cause?: unknown }).cause;
  } catch {
    // A `cause` getter that throws is ignored.
  }
  // Replace the frames that the cause's stack shows as well.
  if (cause != null && isError(cause)) {
    const causeStack = getStackString(ctx, cause, formatNested);
    const causeStackStart = causeStack.indexOf('\n    at');
    if (causeStackStart !== -1) {
      const causeFrames = causeStack.slice(causeStackStart + 1).split('\n');
      const [len, offset] = identicalSequenceRange(frames, causeFrames);
      if (len > 0) {
        const skipped = len - 2;
        frames.splice(offset + 1, skipped, `    ... ${skipped} lines matching cause stack trace ...`);
      }
    }
  }
  return frames;
}

/** Puts the class name into the first line when it differs from `name`: `MyError: boom`. */
function improveStack(stack: string, constructor: string | null, name: unknown, tag: string): string {
  const nameStr = String(name);
  let len = typeof name === 'string' ? name.length : Number((name as { length?: unknown } | null)?.length);
  if (typeof name !== 'string') {
    stack = stack.replace(nameStr, `${nameStr} [${getPrefix(constructor, tag, 'Error').slice(0, -1)}]`);
  }
  if (constructor === null || (nameStr.endsWith('Error') && stack.startsWith(nameStr) && (stack.length === len || stack[len] === ':' || stack[len] === '\n'))) {
    let fallback = 'Error';
    if (constructor === null) {
      const start = /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/.exec(stack) ?? /^([a-z_A-Z0-9-]*Error)$/.exec(stack);
      fallback = start?.[1] ?? '';
      len = fallback.length;
      fallback ||= 'Error';
    }
    const prefix = getPrefix(constructor, tag, fallback).slice(0, -1);
    if (nameStr !== prefix) {
      if (prefix.includes(nameStr)) {
        stack = len === 0 ? `${prefix}: ${stack}` : `${prefix}${stack.slice(len)}`;
      } else {
        stack = `${prefix} [${nameStr}]${stack.slice(len)}`;
      }
    }
  }
  return stack;
}

/**
 * The text of an error. Removes `stack`, and `message` / `name` when the stack already shows
 * them, from `keys`, and adds `cause` and `errors` (AggregateError) so they print as
 * `[cause]: ...` after the stack.
 */
export function formatError(
  err: object,
  constructor: string | null,
  tag: string,
  ctx: ErrorCtx,
  keys: (string | symbol)[],
  formatNested: FormatNested,
): string {
  let stack: string;
  try {
    stack = getStackString(ctx, err, formatNested);
  } catch {
    return Object.prototype.toString.call(err);
  }
  let message: unknown;
  let name: unknown;
  let messageThrows = false;
  let nameThrows = false;
  try {
    message = (err as { message?: unknown }).message;
  } catch {
    messageThrows = true;
  }
  try {
    name = (err as { name?: unknown }).name;
  } catch {
    nameThrows = true;
  }
  if (!ctx.showHidden && keys.length !== 0) {
    const remove = (key: string, when: boolean): void => {
      const index = keys.indexOf(key);
      if (index !== -1 && when) keys.splice(index, 1);
    };
    remove('stack', true);
    // Hide `message` and `name` only if they are part of the stack already.
    if (!messageThrows) remove('message', typeof message !== 'string' || stack.includes(message));
    if (!nameThrows) remove('name', typeof name !== 'string' || stack.includes(name));
  }
  name ??= 'Error';
  if (hasOwn(err, 'cause') && !keys.includes('cause')) keys.push('cause');
  try {
    const errors = (err as { errors?: unknown }).errors;
    if (Array.isArray(errors) && hasOwn(err, 'errors') && !keys.includes('errors')) keys.push('errors');
  } catch {
    // An `errors` getter that throws is ignored.
  }

  stack = improveStack(stack, constructor, name, tag);

  // Look for the frames after the message, which may itself contain line breaks.
  let pos: number = (message ? stack.indexOf(String(message)) : 0) || -1;
  if (pos !== -1) pos += Number((message as { length?: unknown }).length);
  const stackStart = stack.indexOf('\n    at', pos);
  if (stackStart === -1) {
    // No stack frames: `[Error: boom]`.
    stack = `[${stack}]`;
  } else {
    const frames = getStackFrames(ctx, err, stack.slice(stackStart + 1), formatNested);
    stack = `${stack.slice(0, stackStart)}\n${frames.join('\n')}`;
  }
  // The message and the frames have to be indented as well.
  if (ctx.indentationLvl !== 0) {
    stack = stack.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
  }
  return stack;
}

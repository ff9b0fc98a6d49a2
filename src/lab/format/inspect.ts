/**
 * What Node's `console.log` prints, for the sandbox that runs the reader's code: `inspect` is a
 * port of `util.inspect` with its default options (depth 2, breakLength 80, compact 3, no
 * colours, maxArrayLength 100, maxStringLength 10000) and `formatArgs` one of `util.format`.
 * Dependency-free, so it runs in Node (for the tests) and in a browser Web Worker alike.
 *
 * Ported from Node 24's lib/internal/util/inspect.js (Node.js is MIT-licensed), in parts:
 * inspect-core.ts (dispatch on the kind of value), inspect-kinds.ts (type detection),
 * inspect-entries.ts (properties, items, entries), inspect-layout.ts (line breaking, array
 * grouping), inspect-text.ts (strings, numbers, keys) and inspect-error.ts (stacks).
 *
 * Deliberately left out, or different, because plain JavaScript cannot see what Node asks V8:
 * - Promises print as `Promise {}`: their state cannot be read synchronously.
 * - Proxies cannot be detected: they print as what their traps report.
 * - Map / Set iterators print as `Object [Map Iterator] {}`: listing entries would consume them.
 * - WeakMap / WeakSet print `<items unknown>`, also under `%o`.
 * - Host objects that Node prints through their own `inspect.custom` method (URL, Headers,
 *   Response, AbortSignal, ...) print as their own enumerable properties, often `URL {}`.
 * - Objects whose prototype chain has no usable constructor are named by their kind (Object,
 *   Array, Function, Error) where V8 may know the original class name.
 * Also left out: every option but `depth` (no colours, sorting, getters, numeric separators),
 * collapsing of repeated frames in stacks longer than ten frames, and ICU's character widths
 * (a few emoji may be counted one column narrower when aligning array columns). Stacks in the
 * `fn@file:1:2` format of Firefox and Safari are rewritten into V8's `    at fn (file:1:2)`.
 */

import { inspect, inspectWith } from './inspect-core';
import { builtInObjects, hasOwn, protoOf } from './inspect-kinds';
import { formatNumber } from './inspect-text';

export { inspect, type InspectOptions } from './inspect-core';

/**
 * Node's `%s` rule: an object whose `toString` / `Symbol.toPrimitive` comes from a built-in class
 * (so `String()` would say little, like `[object Object]`) is inspected instead.
 */
function hasBuiltInToString(value: object): boolean {
  const obj = value as Record<PropertyKey, unknown>;
  let checkToString = hasOwn;
  let checkToPrimitive = hasOwn;
  const never = (): boolean => false;
  if (typeof obj.toString !== 'function') {
    if (typeof obj[Symbol.toPrimitive] !== 'function') return true;
    if (hasOwn(value, Symbol.toPrimitive)) return false;
    checkToString = never;
  } else if (hasOwn(value, 'toString')) {
    return false;
  } else if (typeof obj[Symbol.toPrimitive] !== 'function') {
    checkToPrimitive = never;
  } else if (hasOwn(value, Symbol.toPrimitive)) {
    return false;
  }
  // Find the prototype that defines the method, and check whether it is a built-in one.
  let pointer: object | null = value;
  do {
    pointer = protoOf(pointer);
    if (pointer === null) return true;
  } while (!checkToString(pointer, 'toString') && !checkToPrimitive(pointer, Symbol.toPrimitive));
  const ctor: unknown = Object.getOwnPropertyDescriptor(pointer, 'constructor')?.value;
  return typeof ctor === 'function' && builtInObjects.has(ctor.name);
}

let circularErrorMessage: string | undefined;
const firstErrorLine = (error: unknown): string => String((error as Error).message).split('\n', 1)[0];

function tryStringify(arg: unknown): string {
  try {
    return String(JSON.stringify(arg));
  } catch (err) {
    if (circularErrorMessage === undefined) {
      try {
        const a: Record<string, unknown> = {};
        a.a = a;
        JSON.stringify(a);
      } catch (circularError) {
        circularErrorMessage = firstErrorLine(circularError);
      }
    }
    if ((err as Error).name === 'TypeError' && firstErrorLine(err) === circularErrorMessage) return '[Circular]';
    throw err;
  }
}

/** One `%` placeholder's text, or undefined when the character after `%` is not a placeholder. */
function formatPlaceholder(code: number, arg: unknown): string | undefined {
  switch (code) {
    case 115: // 's'
      if (typeof arg === 'number') return formatNumber(arg);
      if (typeof arg === 'bigint') return `${arg}n`;
      if (typeof arg !== 'object' || arg === null || !hasBuiltInToString(arg)) return String(arg);
      return inspectWith(arg, { depth: 0 });
    case 106: // 'j'
      return tryStringify(arg);
    case 100: // 'd'
      if (typeof arg === 'bigint') return `${arg}n`;
      return typeof arg === 'symbol' ? 'NaN' : formatNumber(Number(arg));
    case 79: // 'O'
      return inspect(arg);
    case 111: // 'o'
      return inspectWith(arg, { depth: 4, showHidden: true });
    case 105: // 'i'
      if (typeof arg === 'bigint') return `${arg}n`;
      return typeof arg === 'symbol' ? 'NaN' : formatNumber(Number.parseInt(String(arg)));
    case 102: // 'f'
      return typeof arg === 'symbol' ? 'NaN' : formatNumber(Number.parseFloat(String(arg)));
    case 99: // 'c': CSS, which a terminal ignores
      return '';
    default:
      return undefined;
  }
}

/**
 * What `console.log(...args)` prints (Node's `util.format`): a leading string may contain
 * `%s %d %i %f %j %o %O %c %%`; the remaining arguments follow, separated by spaces, strings
 * as they are and anything else through `inspect`.
 */
export function formatArgs(args: unknown[]): string {
  const first = args[0];
  let a = 0;
  let str = '';
  let join = '';
  if (typeof first === 'string') {
    if (args.length === 1) return first;
    let lastPos = 0;
    for (let i = 0; i < first.length - 1; i++) {
      if (first.charCodeAt(i) !== 37) continue; // '%'
      const nextChar = first.charCodeAt(++i);
      if (a + 1 !== args.length) {
        if (nextChar === 37) {
          str += first.slice(lastPos, i);
          lastPos = i + 1;
          continue;
        }
        const tempStr = formatPlaceholder(nextChar, args[a + 1]);
        if (tempStr === undefined) continue;
        a++;
        if (lastPos !== i - 1) str += first.slice(lastPos, i - 1);
        str += tempStr;
        lastPos = i + 1;
      } else if (nextChar === 37) {
        str += first.slice(lastPos, i);
        lastPos = i + 1;
      }
    }
    if (lastPos !== 0) {
      a++;
      join = ' ';
      if (lastPos < first.length) str += first.slice(lastPos);
    }
  }
  while (a < args.length) {
    const value = args[a];
    str += join + (typeof value !== 'string' ? inspect(value) : value);
    join = ' ';
    a++;
  }
  return str;
}

/**
 * The entries inside an object's braces, for the `util.inspect` port in ./inspect.ts:
 * properties, array items (with `<n empty items>` for holes), typed array and ArrayBuffer
 * contents, Set and Map entries, and the `base` text of functions, classes and boxed primitives.
 *
 * Ported from Node 24's lib/internal/util/inspect.js (Node.js is MIT-licensed).
 */

import { hasOwn, isAsyncFunction, isGeneratorFunction, protoOf, type Key } from './inspect-kinds';
import { kArrayType, type ExtrasType, type LayoutCtx } from './inspect-layout';
import { formatKey, formatNumber, formatPrimitive, remainingText, type TextCtx } from './inspect-text';

export type EntriesCtx = LayoutCtx & TextCtx;

/**
 * Formats a nested value one level deeper than the object being formatted (Node's
 * `formatValue(ctx, value, recurseTimes)`); the caller adjusts the indentation.
 */
export type Nested = (value: unknown, typedArray?: boolean) => string;

/** `[Number: 3]`, `[String: 'abc']`, `[Number (MyNumber): 3]` for a boxed primitive. */
export function getBoxedBase(ctx: EntriesCtx, keys: Key[], constructor: string | null, tag: string, [type, primitive]: [string, unknown]): string {
  // A String object's indices only repeat its characters.
  if (type === 'String') keys.splice(0, (primitive as string).length);
  let base = `[${type}`;
  if (type !== constructor) base += constructor === null ? ' (null prototype)' : ` (${constructor})`;
  base += `: ${formatPrimitive(primitive, ctx)}]`;
  if (tag !== '' && tag !== constructor) base += ` [${tag}]`;
  return base;
}

/** `[class A]`, `[class B extends A]`. */
function getClassBase(value: object, constructor: string | null, tag: string): string {
  const name = (hasOwn(value, 'name') && (value as { name?: unknown }).name) || '(anonymous)';
  let base = `class ${String(name)}`;
  if (constructor !== 'Function' && constructor !== null) base += ` [${constructor}]`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  if (constructor !== null) {
    const superName: unknown = (protoOf(value) as { name?: unknown } | null)?.name;
    if (superName) base += ` extends ${String(superName)}`;
  } else {
    base += ' extends [null prototype]';
  }
  return `[${base}]`;
}

/** `[Function: f]`, `[AsyncFunction: g]`, `[Function (anonymous)]`, or a class's base. */
export function getFunctionBase(value: object, constructor: string | null, tag: string, nested: Nested): string {
  const stringified = Function.prototype.toString.call(value);
  if (stringified.startsWith('class') && stringified.endsWith('}')) {
    const slice = stringified.slice(5, -1);
    const bracketIndex = slice.indexOf('{');
    // Node's comment stripping passes no replacement, so comments become 'undefined'.
    if (
      bracketIndex !== -1 &&
      (!slice.slice(0, bracketIndex).includes('(') || /^(\s+[^(]*?)\s*{/.test(slice.replace(/(\/\/.*?\n)|(\/\*(.|\n)*?\*\/)/g, 'undefined')))
    ) {
      return getClassBase(value, constructor, tag);
    }
  }
  let type = 'Function';
  if (isGeneratorFunction(value)) type = `Generator${type}`;
  if (isAsyncFunction(value)) type = `Async${type}`;
  let base = `[${type}`;
  if (constructor === null) base += ' (null prototype)';
  const name: unknown = (value as { name?: unknown }).name;
  if (name === '') base += ' (anonymous)';
  else base += `: ${typeof name === 'string' ? name : nested(name)}`;
  base += ']';
  if (constructor !== type && constructor !== null) base += ` ${constructor}`;
  if (tag !== '' && constructor !== tag) base += ` [${tag}]`;
  return base;
}

/** The items of an array, up to `maxArrayLength`, with `... n more items` after them. */
export function formatArray(ctx: EntriesCtx, value: unknown[], nested: Nested): string[] {
  const len = Math.min(Math.max(0, ctx.maxArrayLength), value.length);
  const remaining = value.length - len;
  const output: string[] = [];
  for (let i = 0; i < len; i++) {
    const desc = Object.getOwnPropertyDescriptor(value, i);
    // Holes need the slower path.
    if (desc === undefined) return formatSparseArray(ctx, value, len, output, i, nested);
    output.push(formatProperty(ctx, value, i, kArrayType, nested, desc));
  }
  if (remaining > 0) output.push(remainingText(remaining));
  return output;
}

const emptyItems = (n: number): string => `<${n} empty item${n > 1 ? 's' : ''}>`;

/** `formatArray` from the first hole on: runs of holes print as `<n empty items>`. */
function formatSparseArray(ctx: EntriesCtx, value: unknown[], maxLength: number, output: string[], i: number, nested: Nested): string[] {
  const keys = Object.keys(value);
  let index = i;
  for (; i < keys.length && output.length < maxLength; i++) {
    const key = keys[i];
    const tmp = +key;
    // Arrays can only have up to 2^32 - 1 entries.
    if (tmp > 2 ** 32 - 2) break;
    if (`${index}` !== key) {
      if (!/^(0|[1-9][0-9]*)$/.test(key)) break;
      output.push(emptyItems(tmp - index));
      index = tmp;
      if (output.length === maxLength) break;
    }
    output.push(formatProperty(ctx, value, key, kArrayType, nested));
    index++;
  }
  const remaining = value.length - index;
  if (output.length !== maxLength) {
    if (remaining > 0) output.push(emptyItems(remaining));
  } else if (remaining > 0) {
    output.push(remainingText(remaining));
  }
  return output;
}

/** The elements of a typed array, like `formatArray`. */
export function formatTypedArray(ctx: EntriesCtx, value: ArrayLike<number | bigint>, length: number): string[] {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), length);
  const output: string[] = [];
  for (let i = 0; i < maxLength; ++i) {
    const element = value[i];
    output.push(typeof element === 'number' ? formatNumber(element) : `${element}n`);
  }
  if (value.length - maxLength > 0) output.push(remainingText(value.length - maxLength));
  return output;
}

/** `[Uint8Contents]: <00 0f ff>`, the bytes of an ArrayBuffer in hex. */
export function formatArrayBuffer(ctx: EntriesCtx, value: object): string[] {
  let buffer: Uint8Array;
  try {
    buffer = new Uint8Array(value as ArrayBuffer);
  } catch {
    return ['(detached)'];
  }
  const shown = Array.from(buffer.subarray(0, Math.min(ctx.maxArrayLength, buffer.length)), (byte) => byte.toString(16).padStart(2, '0'));
  let str = shown.join(' ');
  const remaining = buffer.length - ctx.maxArrayLength;
  if (remaining > 0) str += ` ... ${remaining} more byte${remaining > 1 ? 's' : ''}`;
  return [`[Uint8Contents]: <${str}>`];
}

/** The entries of a Set (`1`) or Map (`'a' => 1`), up to `maxArrayLength`. */
export function formatSetOrMap(ctx: EntriesCtx, value: object, kind: 'Set' | 'Map', size: number, nullPrototype: boolean, nested: Nested): string[] {
  const maxLength = Math.min(Math.max(0, ctx.maxArrayLength), size);
  const output: string[] = [];
  ctx.indentationLvl += 2;
  // Without a prototype the collection is not iterable; read it through the builtin iterators.
  const entries = nullPrototype
    ? (kind === 'Set' ? Set.prototype.values : Map.prototype.entries).call(value as Map<unknown, unknown>)
    : (value as Iterable<unknown>);
  let i = 0;
  for (const entry of entries) {
    if (i >= maxLength) break;
    if (kind === 'Set') {
      output.push(nested(entry));
    } else {
      const [k, v] = entry as [unknown, unknown];
      output.push(`${nested(k)} => ${nested(v)}`);
    }
    i++;
  }
  if (size - maxLength > 0) output.push(remainingText(size - maxLength));
  ctx.indentationLvl -= 2;
  return output;
}

/** An internal property shown like a hidden one: `[byteLength]: 4`. */
export function formatExtraProperty(ctx: EntriesCtx, value: object, key: string, nested: Nested, typedArray?: boolean): string {
  ctx.indentationLvl += 2;
  const str = nested((value as Record<string, unknown>)[key], typedArray);
  ctx.indentationLvl -= 2;
  return `[${key}]: ${str}`;
}

/** `key: value` for an object property, just `value` for an array item (`kArrayType`). */
export function formatProperty(ctx: EntriesCtx, value: object, key: Key | number, type: ExtrasType, nested: Nested, desc?: PropertyDescriptor): string {
  // A getter run earlier may have deleted the property; print it as undefined then.
  desc ??= Object.getOwnPropertyDescriptor(value, key) ?? { value: undefined, enumerable: true };
  let str: string;
  if (desc.value !== undefined) {
    ctx.indentationLvl += 2;
    str = nested(desc.value);
    ctx.indentationLvl -= 2;
  } else if (desc.get !== undefined) {
    str = desc.set !== undefined ? '[Getter/Setter]' : '[Getter]';
  } else if (desc.set !== undefined) {
    str = '[Setter]';
  } else {
    str = 'undefined';
  }
  if (type === kArrayType) return str;
  let name = formatKey(key as Key);
  if (desc.enumerable === false) name = `[${name}]`;
  return `${name}: ${str}`;
}

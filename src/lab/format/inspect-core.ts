/**
 * The heart of the `util.inspect` port in ./inspect.ts: `formatValue` (custom inspect methods,
 * circular references) and `formatRaw`, which works out what kind of object a value is, how its
 * name is printed (`Foo`, `Map(2)`, `[Object: null prototype]`) and which formatter lists its
 * entries.
 *
 * Ported from Node 24's lib/internal/util/inspect.js (Node.js is MIT-licensed).
 */

// prettier-ignore -- long name lists, kept dense so the port reads like its Node original
import {
  formatArray,
  formatArrayBuffer,
  formatExtraProperty,
  formatProperty,
  formatSetOrMap,
  formatTypedArray,
  getBoxedBase,
  getFunctionBase,
  type Nested,
} from './inspect-entries';
import { getConstructorName, getCtxStyle } from './inspect-constructor';
import { formatError, isError } from './inspect-error';
// prettier-ignore
import {
  getKeys, getOwnNonIndexProperties, hasOwn, isArguments, isArrayBuffer, isDataView, isDate, isEnumerable, isMap, isPromise, isRegExp, isSet, isSharedArrayBuffer, isTypedArray, isWeakMap, isWeakSet, mapSize, setSize, typedArrayLength, typedArrayTag, unbox, type Key,
} from './inspect-kinds';
import { kArrayExtrasType, kObjectType, reduceToSingleString, type ExtrasType, type LayoutCtx } from './inspect-layout';
import { formatNumber, formatPrimitive, getPrefix, type TextCtx } from './inspect-text';

export interface InspectOptions {
  /** How many levels of nesting to show before printing `[Object]`; default 2, `Infinity` for all. */
  depth?: number;
}

export interface Ctx extends LayoutCtx, TextCtx {
  budget: Record<number, number>;
  seen: unknown[];
  circular?: Map<unknown, number>;
  depth: number;
  showHidden: boolean;
  customInspect: boolean;
}

type Formatter = (ctx: Ctx, value: object, recurseTimes: number) => string[];

const customInspectSymbol = Symbol.for('nodejs.util.inspect.custom');

export function inspect(value: unknown, options?: InspectOptions): string {
  // `depth: null` is Node's spelling of "unlimited"; custom inspect methods may pass it back.
  const depth = options?.depth === null ? Infinity : options?.depth;
  return inspectWith(value, { depth: depth ?? 2 });
}
inspect.custom = customInspectSymbol;

export function inspectWith(value: unknown, options: { depth: number; showHidden?: boolean; customInspect?: boolean }): string {
  // prettier-ignore
  const ctx: Ctx = {
    budget: {}, indentationLvl: 0, seen: [], currentDepth: 0, showHidden: false, customInspect: true,
    maxArrayLength: 100, maxStringLength: 10000, breakLength: 80, compact: 3, ...options,
  };
  return formatValue(ctx, value, 0);
}

/** Node's `formatValue(ctx, value, recurseTimes)`, as a callback for the helper modules. */
const nestedAt =
  (ctx: Ctx, recurseTimes: number): Nested =>
  (value, typedArray) =>
    formatValue(ctx, value, recurseTimes, typedArray);

export function formatValue(ctx: Ctx, value: unknown, recurseTimes: number, typedArray?: boolean): string {
  if (typeof value !== 'object' && typeof value !== 'function') return formatPrimitive(value, ctx);
  if (value === null) return 'null';
  if (ctx.customInspect) {
    const maybeCustom = (value as Record<symbol, unknown>)[customInspectSymbol];
    const ownConstructor: unknown = Object.getOwnPropertyDescriptor(value, 'constructor')?.value;
    // Prototype objects are skipped: their method is meant for their instances.
    if (typeof maybeCustom === 'function' && maybeCustom !== inspect && (ownConstructor as { prototype?: unknown } | undefined)?.prototype !== value) {
      const options = {
        showHidden: ctx.showHidden,
        depth: ctx.depth - recurseTimes,
        colors: false,
        customInspect: true,
        showProxy: false,
        maxArrayLength: ctx.maxArrayLength,
        maxStringLength: ctx.maxStringLength,
        breakLength: ctx.breakLength,
        compact: ctx.compact,
        sorted: false,
        getters: false,
        numericSeparator: false,
        stylize: (str: string) => str,
      };
      const ret: unknown = maybeCustom.call(value, options.depth, options, inspect);
      // A method that returns `this` is formatted normally.
      if (ret !== value) {
        if (typeof ret !== 'string') return formatValue(ctx, ret, recurseTimes);
        return ret.replaceAll('\n', `\n${' '.repeat(ctx.indentationLvl)}`);
      }
    }
  }
  if (ctx.seen.includes(value)) {
    ctx.circular ??= new Map();
    let index = ctx.circular.get(value);
    if (index === undefined) {
      index = ctx.circular.size + 1;
      ctx.circular.set(value, index);
    }
    return `[Circular *${index}]`;
  }
  return formatRaw(ctx, value, recurseTimes, typedArray);
}

function formatRaw(ctx: Ctx, value: object, recurseTimes: number, typedArray?: boolean): string {
  let protoProps: string[] | undefined = ctx.showHidden && recurseTimes <= ctx.depth ? [] : undefined;
  const constructor = getConstructorName(value, ctx, recurseTimes, protoProps);
  if (protoProps !== undefined && protoProps.length === 0) protoProps = undefined;

  let tag: unknown = '';
  try {
    tag = (value as Record<symbol, unknown>)[Symbol.toStringTag];
  } catch {
    // A throwing getter counts as no tag.
  }
  // Only show the tag if it is not printed as a property anyway.
  if (typeof tag !== 'string' || (tag !== '' && (ctx.showHidden ? hasOwn : isEnumerable)(value, Symbol.toStringTag))) {
    tag = '';
  }
  const tagStr = tag as string;
  let keys: Key[] = [];
  let base = '';
  let formatter: Formatter = () => [];
  let braces: [string, string] = ['{', '}'];
  let noIterator = true;
  let extrasType: ExtrasType = kObjectType;
  let extraKeys: string[] | undefined;
  const noProps = (): boolean => keys.length === 0 && protoProps === undefined;

  if (Symbol.iterator in value || constructor === null) {
    noIterator = false;
    if (Array.isArray(value)) {
      const prefix = constructor !== 'Array' || tagStr !== '' ? getPrefix(constructor, tagStr, 'Array', `(${value.length})`) : '';
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      braces = [`${prefix}[`, ']'];
      if (value.length === 0 && noProps()) return `${braces[0]}]`;
      extrasType = kArrayExtrasType;
      formatter = (c, v, r) => formatArray(c, v as unknown[], nestedAt(c, r));
    } else if (isSet(value) || isMap(value)) {
      const kind = isSet(value) ? 'Set' : 'Map';
      const size = (kind === 'Set' ? setSize : mapSize).call(value) as number;
      const prefix = getPrefix(constructor, tagStr, kind, `(${size})`);
      keys = getKeys(value, ctx.showHidden);
      formatter = (c, v, r) => formatSetOrMap(c, v, kind, size, constructor === null, nestedAt(c, r));
      if (size === 0 && noProps()) return `${prefix}{}`;
      braces = [`${prefix}{`, '}'];
    } else if (isTypedArray(value)) {
      keys = getOwnNonIndexProperties(value, ctx.showHidden);
      let bound = value;
      let fallback = '';
      if (constructor === null) {
        // Rebuild the array so that it can be read without its prototype.
        fallback = typedArrayTag.call(value) as string;
        const Ctor = (globalThis as unknown as Record<string, new (source: object) => object>)[fallback];
        bound = new Ctor(value);
      }
      const size = typedArrayLength.call(value) as number;
      const prefix = getPrefix(constructor, tagStr, fallback, `(${size})`);
      braces = [`${prefix}[`, ']'];
      if (size === 0 && keys.length === 0 && !ctx.showHidden) return `${braces[0]}]`;
      formatter = (c) => formatTypedArray(c, bound as ArrayLike<number | bigint>, size);
      extrasType = kArrayExtrasType;
      if (ctx.showHidden) {
        extraKeys = ['BYTES_PER_ELEMENT', 'length', 'byteLength', 'byteOffset', 'buffer'];
        typedArray = true;
      }
    } else {
      noIterator = true;
    }
  }
  if (noIterator) {
    keys = getKeys(value, ctx.showHidden);
    braces = ['{', '}'];
    let boxed: ReturnType<typeof unbox>;
    if (typeof value === 'function') {
      base = getFunctionBase(value, constructor, tagStr, nestedAt(ctx, recurseTimes));
      if (noProps()) return base;
    } else if (constructor === 'Object') {
      if (isArguments(value)) braces[0] = '[Arguments] {';
      else if (tagStr !== '') braces[0] = `${getPrefix(constructor, tagStr, 'Object')}{`;
      if (noProps()) return `${braces[0]}}`;
    } else if (isRegExp(value)) {
      base = RegExp.prototype.toString.call(constructor !== null ? value : new RegExp(value as RegExp));
      const prefix = getPrefix(constructor, tagStr, 'RegExp');
      if (prefix !== 'RegExp ') base = `${prefix}${base}`;
      if (noProps() || recurseTimes > ctx.depth) return base;
    } else if (isDate(value)) {
      const date = value as Date;
      base = Number.isNaN(Date.prototype.getTime.call(date)) ? Date.prototype.toString.call(date) : Date.prototype.toISOString.call(date);
      const prefix = getPrefix(constructor, tagStr, 'Date');
      if (prefix !== 'Date ') base = `${prefix}${base}`;
      if (noProps()) return base;
    } else if (isError(value)) {
      base = formatError(value, constructor, tagStr, ctx, keys, nestedAt(ctx, recurseTimes));
      if (noProps()) return base;
    } else if (isArrayBuffer(value) || isSharedArrayBuffer(value)) {
      const prefix = getPrefix(constructor, tagStr, isArrayBuffer(value) ? 'ArrayBuffer' : 'SharedArrayBuffer');
      if (typedArray === undefined) {
        formatter = formatArrayBuffer;
      } else if (noProps()) {
        return `${prefix}{ [byteLength]: ${formatNumber((value as ArrayBuffer).byteLength)} }`;
      }
      braces[0] = `${prefix}{`;
      extraKeys = ['byteLength'];
    } else if (isDataView(value)) {
      braces[0] = `${getPrefix(constructor, tagStr, 'DataView')}{`;
      extraKeys = ['byteLength', 'byteOffset', 'buffer'];
    } else if (isPromise(value)) {
      // Node prints `Promise { <pending> }`, `Promise { 1 }` or `Promise { <rejected> ... }`,
      // reading the state through V8. JavaScript can only learn it asynchronously (via `then`,
      // which would also mark a rejection as handled), so the state is left out.
      braces[0] = `${getPrefix(constructor, tagStr, 'Promise')}{`;
      if (noProps()) return `${braces[0]}}`;
    } else if (isWeakSet(value) || isWeakMap(value)) {
      braces[0] = `${getPrefix(constructor, tagStr, isWeakSet(value) ? 'WeakSet' : 'WeakMap')}{`;
      formatter = () => ['<items unknown>'];
    } else if ((boxed = unbox(value)) !== undefined) {
      base = getBoxedBase(ctx, keys, constructor, tagStr, boxed);
      if (noProps()) return base;
    } else {
      if (noProps()) return `${getCtxStyle(value, constructor, tagStr)}{}`;
      braces[0] = `${getCtxStyle(value, constructor, tagStr)}{`;
    }
  }

  if (recurseTimes > ctx.depth) {
    const name = getCtxStyle(value, constructor, tagStr).slice(0, -1);
    return constructor !== null ? `[${name}]` : name;
  }
  recurseTimes += 1;
  ctx.seen.push(value);
  ctx.currentDepth = recurseTimes;
  let output: string[];
  const indentationLvl = ctx.indentationLvl;
  try {
    output = formatter(ctx, value, recurseTimes);
    const nested = nestedAt(ctx, recurseTimes);
    for (const key of extraKeys ?? []) {
      let formatted: string;
      try {
        formatted = formatExtraProperty(ctx, value, key, nested, typedArray);
      } catch {
        // Typed array getters throw once the buffer is detached; ask the buffer instead.
        const buffer = (value as { buffer: Record<string, unknown> }).buffer;
        formatted = formatExtraProperty(ctx, { [key]: buffer[key] }, key, nested, typedArray);
      }
      output.push(formatted);
    }
    for (const key of keys) output.push(formatProperty(ctx, value, key, extrasType, nested));
    if (protoProps !== undefined) output.push(...protoProps);
  } catch (err) {
    if (!isStackOverflowError(err)) throw err;
    ctx.seen.pop();
    ctx.indentationLvl = indentationLvl;
    const name = getCtxStyle(value, constructor, tagStr).slice(0, -1);
    return `[${name}: Inspection interrupted prematurely. Maximum call stack size exceeded.]`;
  }
  const index = ctx.circular?.get(value);
  if (index !== undefined) {
    // The reference always goes to the very beginning of the output.
    base = base === '' ? `<ref *${index}>` : `<ref *${index}> ${base}`;
  }
  ctx.seen.pop();
  const res = reduceToSingleString(ctx, output, base, braces, extrasType, recurseTimes, value);
  const newLength = (ctx.budget[ctx.indentationLvl] ?? 0) + res.length;
  ctx.budget[ctx.indentationLvl] = newLength;
  // Past ~128 MB of output, stop descending: the string would soon exceed the engine's limit.
  if (newLength > 2 ** 27) ctx.depth = -1;
  return res;
}

let stackOverflowError: { name: unknown; message: unknown } | undefined;
function isStackOverflowError(err: unknown): boolean {
  if (stackOverflowError === undefined) {
    try {
      const overflowStack = (): number => overflowStack() + 1;
      overflowStack();
    } catch (e) {
      stackOverflowError = { name: (e as Error).name, message: (e as Error).message };
    }
  }
  const e = err as { name?: unknown; message?: unknown } | null;
  return !!e && e.name === stackOverflowError?.name && e.message === stackOverflowError?.message;
}

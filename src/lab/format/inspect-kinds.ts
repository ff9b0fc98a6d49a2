/**
 * Type detection for the `util.inspect` port in ./inspect.ts. Node asks V8 what kind of object
 * a value is; here builtin methods that only work on their own kind of object answer instead,
 * so a value is recognised by what it is, not by its prototype or Symbol.toStringTag.
 *
 * Ported from Node 24's lib/internal/util/inspect.js (Node.js is MIT-licensed).
 */

import { isError } from './inspect-error';

export type Key = string | symbol;

export const hasOwn = (value: object, key: PropertyKey): boolean => Object.prototype.hasOwnProperty.call(value, key);
export const isEnumerable = (value: object, key: PropertyKey): boolean => Object.prototype.propertyIsEnumerable.call(value, key);
export const ordinaryHasInstance = (ctor: unknown, value: unknown): boolean => Function.prototype[Symbol.hasInstance].call(ctor, value);
export const protoOf = (value: object): object | null => Object.getPrototypeOf(value) as object | null;

// Brand checks: these builtin getters and methods throw (or, for the typed array tag, return
// undefined) on any other kind of object, much like V8's own type checks.
const getter = (proto: object, key: PropertyKey): ((this: unknown) => unknown) =>
  Object.getOwnPropertyDescriptor(proto, key)?.get ??
  ((): never => {
    throw new TypeError(`no getter ${String(key)}`);
  });
const succeeds = (fn: () => unknown): boolean => {
  try {
    fn();
    return true;
  } catch {
    return false;
  }
};
export const setSize = getter(Set.prototype, 'size');
export const mapSize = getter(Map.prototype, 'size');
const TypedArray = protoOf(Uint8Array) as object;
const typedArrayProto = protoOf(Uint8Array.prototype) as object;
export const typedArrayTag = getter(typedArrayProto, Symbol.toStringTag);
export const typedArrayLength = getter(typedArrayProto, 'length');
const arrayBufferLength = getter(ArrayBuffer.prototype, 'byteLength');
// SharedArrayBuffer is missing from pages that are not cross-origin isolated.
const sharedBufferLength = typeof SharedArrayBuffer === 'function' ? getter(SharedArrayBuffer.prototype, 'byteLength') : getter({}, 'byteLength');
const regExpSource = getter(RegExp.prototype, 'source');
const dataViewBuffer = getter(DataView.prototype, 'buffer');

// The prototypes of async and generator functions. Should a bundler ever compile these syntaxes
// away, they would be Function.prototype; then no function counts as async or generator.
const functionKindProto = (fn: object): object | null => {
  const proto = protoOf(fn);
  return proto === Function.prototype ? null : proto;
};
const AsyncFunctionProto = functionKindProto(async () => {});
const GeneratorFunctionProto = functionKindProto(function* () {});
const AsyncGeneratorFunctionProto = functionKindProto(async function* () {});
const inherits = (proto: object | null, v: object): boolean => proto !== null && Object.prototype.isPrototypeOf.call(proto, v);

export const isSet = (v: object): boolean => succeeds(() => setSize.call(v));
export const isMap = (v: object): boolean => succeeds(() => mapSize.call(v));
export const isTypedArray = (v: object): boolean => typedArrayTag.call(v) !== undefined;
export const isArrayBuffer = (v: object): boolean => succeeds(() => arrayBufferLength.call(v));
export const isSharedArrayBuffer = (v: object): boolean => succeeds(() => sharedBufferLength.call(v));
export const isDataView = (v: object): boolean => succeeds(() => dataViewBuffer.call(v));
export const isRegExp = (v: object): boolean => v !== RegExp.prototype && succeeds(() => regExpSource.call(v));
export const isDate = (v: object): boolean => succeeds(() => Date.prototype.getTime.call(v));
export const isWeakMap = (v: object): boolean => succeeds(() => WeakMap.prototype.has.call(v, {}));
export const isWeakSet = (v: object): boolean => succeeds(() => WeakSet.prototype.has.call(v, {}));
export const isPromise = (v: object): boolean => ordinaryHasInstance(Promise, v);
export const isArguments = (v: object): boolean => Object.prototype.toString.call(v) === '[object Arguments]';
export const isAsyncFunction = (v: object): boolean => inherits(AsyncFunctionProto, v) || inherits(AsyncGeneratorFunctionProto, v);
export const isGeneratorFunction = (v: object): boolean => inherits(GeneratorFunctionProto, v) || inherits(AsyncGeneratorFunctionProto, v);

/** The type and value of a boxed primitive (`new Number(3)`), or undefined for other objects. */
const boxedTypes: [string, (this: unknown) => unknown][] = [
  ['Number', Number.prototype.valueOf],
  ['String', String.prototype.valueOf],
  ['Boolean', Boolean.prototype.valueOf],
  ['BigInt', BigInt.prototype.valueOf],
  ['Symbol', Symbol.prototype.valueOf],
];
export function unbox(v: object): [type: string, primitive: unknown] | undefined {
  for (const [type, valueOf] of boxedTypes) {
    try {
      return [type, valueOf.call(v)];
    } catch {
      // Not this kind of box.
    }
  }
  return undefined;
}

/** Global constructor names such as `Object` or `Map`; their prototypes count as built-in. */
export const builtInObjects = new Set(Object.getOwnPropertyNames(globalThis).filter((e) => /^[A-Z][a-zA-Z0-9]+$/.test(e)));

// Built-in prototypes are named even when their `constructor` property was tampered with.
export const wellKnownPrototypes = new Map<unknown, [string, unknown]>(
  (
    [
      Array,
      ArrayBuffer,
      Function,
      Map,
      Set,
      Object,
      TypedArray,
      RegExp,
      Date,
      DataView,
      Error,
      AggregateError,
      RangeError,
      TypeError,
      Boolean,
      Number,
      String,
      Promise,
      WeakMap,
      WeakSet,
    ] as { name: string; prototype: unknown }[]
  ).map((ctor) => [ctor.prototype, [ctor.name, ctor]]),
);

/** V8's guess at the class of an object whose prototype chain has no usable constructor. */
export function internalConstructorName(value: object): string {
  if (typeof value === 'function') return 'Function';
  if (Array.isArray(value)) return 'Array';
  return isError(value) ? 'Error' : 'Object';
}

/** Own enumerable keys, symbols last; with `showHidden`, non-enumerable ones too. */
export function getKeys(value: object, showHidden: boolean): Key[] {
  const symbols = Object.getOwnPropertySymbols(value);
  if (showHidden) return [...Object.getOwnPropertyNames(value), ...symbols];
  return [...Object.keys(value), ...symbols.filter((key) => isEnumerable(value, key))];
}

const isIndex = (key: Key): boolean => typeof key === 'string' && /^(0|[1-9][0-9]*)$/.test(key) && Number(key) < 2 ** 32 - 1;

/** Like `getKeys`, without array indices: the extra properties of an array. */
export function getOwnNonIndexProperties(value: object, showHidden: boolean): Key[] {
  return Reflect.ownKeys(value).filter((key) => !isIndex(key) && (showHidden || isEnumerable(value, key)));
}

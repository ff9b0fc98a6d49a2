/**
 * The sandbox's own references to built-ins, taken when this module is first evaluated: in the
 * run's worker that is at boot, before the reader's code exists. Reader code may patch
 * `MessagePort.prototype.postMessage`, `Array.prototype.push`, `Math.floor`, `Map.prototype.get`
 * or rebind `globalThis.Number`; the code that keeps the run's record (clock, scheduler, timer
 * heap, span recorder, console timestamps, the port to the page) calls only what is kept here,
 * so nothing the reader patches afterwards can change what the page is told. Node keeps its
 * internals safe the same way (lib/internal/per_context/primordials.js).
 *
 * Arrays the record lives in are made with `safeArray()`: no prototype, so neither a patched
 * method nor an index setter on `Array.prototype` is ever consulted; use the uncurried
 * functions below on them. `SafeMap` is a Map whose methods are copies of the originals.
 */

const { bind, call } = Function.prototype;
/** `uncurryThis(Array.prototype.push)(array, item)`: a call that no later patch can reach. */
const uncurryThis = bind.bind(call) as <T, A extends unknown[], R>(fn: (this: T, ...args: A) => R) => (self: T, ...args: A) => R;

const ArrayProto = Array.prototype;
export const ArrayPush = uncurryThis(ArrayProto.push) as <T>(array: T[], ...items: T[]) => number;
export const ArrayPop = uncurryThis(ArrayProto.pop) as <T>(array: T[]) => T | undefined;
export const ArrayShift = uncurryThis(ArrayProto.shift) as <T>(array: T[]) => T | undefined;
export const ArrayIsArray = Array.isArray;

/** An empty array without a prototype: indexes and `length` work, methods come from here. */
export function safeArray<T>(): T[] {
  return ObjectSetPrototypeOf([], null) as T[];
}

/** A copy of `array` into a fresh ordinary array, element by element (no iterator, no map()). */
export function copyArray<T, U = T>(array: readonly T[], each?: (item: T) => U): U[] {
  const out = safeArray<U>();
  for (let i = 0; i < array.length; i++) out[i] = each ? each(array[i]!) : (array[i] as unknown as U);
  return out;
}

export const ObjectDefineProperty = Object.defineProperty;
export const ObjectSetPrototypeOf = Object.setPrototypeOf;
export const ObjectFreeze = Object.freeze;

export const MathFloor = Math.floor;
export const MathCeil = Math.ceil;
export const MathMax = Math.max;
export const MathMin = Math.min;
export const MathRound = Math.round;
export const MathAbs = Math.abs;

export const NumberCtor = Number;
export const NumberIsFinite = Number.isFinite;
export const NumberIsInteger = Number.isInteger;
export const StringCtor = String;
export const JSONStringify = JSON.stringify;
export const JSONParse = JSON.parse;
export const ReflectApply = Reflect.apply;

/** A typed array's ArrayBuffer, through the original getter (to transfer it). */
export const bufferOf = uncurryThis(Object.getOwnPropertyDescriptor(Object.getPrototypeOf(Uint8Array.prototype) as object, 'buffer')!.get!) as (
  array: Float64Array,
) => ArrayBuffer;

export const structuredCloneSafe: (value: unknown) => unknown = globalThis.structuredClone;

/** Real, monotonic milliseconds, whatever `performance.now` becomes later. */
export const realNow: () => number = performance.now.bind(performance);
export const RealDate = Date;
export const DateNow = Date.now;

export const RealMessageChannel = globalThis.MessageChannel;
const portPostMessage = typeof MessagePort === 'undefined' ? undefined : uncurryThis(MessagePort.prototype.postMessage);
/** `port.postMessage(message)` through the original method. */
export function postToPort(port: MessagePort, message: unknown, transfer?: Transferable[]): void {
  if (!portPostMessage) throw new Error('MessagePort is not available here');
  portPostMessage(port, message, { transfer: transfer ?? [] });
}

export const queueMicrotaskSafe: (task: () => void) => void = globalThis.queueMicrotask.bind(globalThis);

const MapProto = Map.prototype;
const mapGet = uncurryThis(MapProto.get);
const mapSet = uncurryThis(MapProto.set);
const mapHas = uncurryThis(MapProto.has);
const mapDelete = uncurryThis(MapProto.delete);
const mapSize = uncurryThis(Object.getOwnPropertyDescriptor(MapProto, 'size')!.get! as (this: Map<unknown, unknown>) => number);

/** A Map that never looks at `Map.prototype` after boot. */
export class SafeMap<K, V> {
  private readonly map = new Map<K, V>();
  get(key: K): V | undefined {
    return mapGet(this.map, key) as V | undefined;
  }
  set(key: K, value: V): this {
    mapSet(this.map, key, value);
    return this;
  }
  has(key: K): boolean {
    return mapHas(this.map, key);
  }
  delete(key: K): boolean {
    return mapDelete(this.map, key);
  }
  get size(): number {
    return mapSize(this.map);
  }
}

/**
 * How the `util.inspect` port names an object (`Foo`, `Object <[Object: null prototype] {}>`):
 * the constructor found on its prototype chain, and with `showHidden` the properties its user
 * prototypes add. Split out of inspect-core.ts, which calls it for every object.
 *
 * Ported from Node 24's lib/internal/util/inspect.js (Node.js is MIT-licensed).
 */
import { formatValue, inspectWith, type Ctx } from './inspect-core';
import { formatProperty } from './inspect-entries';
import { builtInObjects, hasOwn, internalConstructorName, ordinaryHasInstance, protoOf, wellKnownPrototypes, type Key } from './inspect-kinds';
import { kObjectType } from './inspect-layout';
import { getPrefix } from './inspect-text';

export function getConstructorName(obj: object, ctx: Ctx, recurseTimes: number, protoProps?: string[]): string | null {
  let firstProto: object | null | undefined;
  const tmp = obj;
  let current: object | null = obj;
  while (current) {
    const known = wellKnownPrototypes.get(current);
    if (known !== undefined && ordinaryHasInstance(known[1], tmp)) {
      if (protoProps !== undefined && firstProto !== current) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return known[0];
    }
    const descriptor = Object.getOwnPropertyDescriptor(current, 'constructor');
    const ctor: unknown = descriptor?.value;
    if (typeof ctor === 'function' && ctor.name !== '' && isInstanceof(tmp, ctor)) {
      if (protoProps !== undefined && (firstProto !== current || !builtInObjects.has(ctor.name))) {
        addPrototypeProperties(ctx, tmp, firstProto || tmp, recurseTimes, protoProps);
      }
      return String(ctor.name);
    }
    current = protoOf(current);
    if (firstProto === undefined) firstProto = current;
  }
  if (firstProto == null) return null;
  const res = internalConstructorName(tmp);
  if (recurseTimes > ctx.depth) return `${res} <Complex prototype>`;
  const protoConstr = getConstructorName(firstProto, ctx, recurseTimes + 1, protoProps);
  if (protoConstr === null) {
    return `${res} <${inspectWith(firstProto, { depth: -1, showHidden: ctx.showHidden, customInspect: false })}>`;
  }
  return `${res} <${protoConstr}>`;
}

function isInstanceof(value: unknown, ctor: unknown): boolean {
  try {
    return value instanceof (ctor as new () => unknown);
  } catch {
    return false;
  }
}

/** With `showHidden` (`%o`): adds the non-method properties of user-defined prototypes. */
function addPrototypeProperties(ctx: Ctx, main: object, obj: object, recurseTimes: number, output: string[]): void {
  let depth = 0;
  let keys: Key[] = [];
  let keySet = new Set<Key>();
  let current: object | null = obj;
  do {
    if (depth !== 0 || main === current) {
      current = protoOf(current);
      if (current === null) return;
      const ctor: unknown = Object.getOwnPropertyDescriptor(current, 'constructor')?.value;
      if (typeof ctor === 'function' && builtInObjects.has(ctor.name)) return;
    }
    if (depth === 0) keySet = new Set();
    else for (const key of keys) keySet.add(key);
    keys = Reflect.ownKeys(current);
    ctx.seen.push(main);
    for (const key of keys) {
      if (key === 'constructor' || hasOwn(main, key) || (depth !== 0 && keySet.has(key))) continue;
      const desc = Object.getOwnPropertyDescriptor(current, key);
      if (desc === undefined || typeof desc.value === 'function') continue;
      output.push(formatProperty(ctx, current, key, kObjectType, (v) => formatValue(ctx, v, recurseTimes), desc));
    }
    ctx.seen.pop();
  } while (++depth !== 3);
}

export function getCtxStyle(value: object, constructor: string | null, tag: string): string {
  let fallback = '';
  if (constructor === null) {
    fallback = internalConstructorName(value);
    if (fallback === tag) fallback = 'Object';
  }
  return getPrefix(constructor, tag, fallback);
}

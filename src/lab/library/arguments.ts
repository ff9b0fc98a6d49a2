/**
 * Argument checks for the `lab` functions, worded in the reader's terms: what the function
 * expected, what it got, and the likely slip ("did you pass fetchUser straight to map()?").
 * Thrown synchronously, so the error's position is the reader's call (stack-mapping.ts hides
 * the sandbox's own frames).
 *
 * Where JavaScript habit passes something harmless, it is accepted instead: `team.map(fetchUser)`
 * calls fetchUser(id, index, array), and an index followed by its array is map's, not a signal.
 */
import { ArrayIsArray, JSONStringify, NumberIsFinite, NumberIsInteger } from '../sandbox/primordials';

const RealAbortSignal = globalThis.AbortSignal;

/** "the number 1", "the string \"4\"", "an array", "undefined". */
export function describeValue(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'undefined';
  if (ArrayIsArray(value)) return 'an array';
  switch (typeof value) {
    case 'number':
      return `the number ${value}`;
    case 'string':
      return `the string ${JSONStringify(value.length > 40 ? `${value.slice(0, 40)}…` : value)}`;
    case 'boolean':
      return `${value}`;
    case 'function':
      return 'a function';
    case 'bigint':
      return `the bigint ${value}n`;
    case 'symbol':
      return 'a symbol';
    default:
      return value instanceof RealAbortSignal ? 'an AbortSignal' : 'an object';
  }
}

/** map(), forEach(), filter()... call back with (item, index, array). */
function isArrayCallbackIndex(value: unknown, next: unknown): boolean {
  return typeof value === 'number' && NumberIsInteger(value) && value >= 0 && ArrayIsArray(next);
}

const mapHint = (fn: string) => ` (did you pass ${fn} straight to map()? An index is only accepted when its array follows, as map passes them)`;

/**
 * The optional AbortSignal argument of `call` (e.g. "fetchUser(id, signal)"), at argument
 * `position` ("second"). Undefined, or map's index, means none.
 */
export function optionalSignal(call: string, position: string, value: unknown, next: unknown): AbortSignal | undefined {
  if (value === undefined || value === null) return undefined;
  if (value instanceof RealAbortSignal) return value;
  if (isArrayCallbackIndex(value, next)) return undefined;
  const fn = call.slice(0, call.indexOf('('));
  const hint =
    typeof value === 'number'
      ? mapHint(fn)
      : typeof value === 'object' && value !== null && 'signal' in value
        ? ` (pass the signal itself, not an object holding it)`
        : '';
  throw new TypeError(`${call}: the ${position} argument must be an AbortSignal, got ${describeValue(value)}${hint}`);
}

/** http.get / client.get options: { signal }, nothing, or map's index. */
export function requestOptions(call: string, value: unknown, next: unknown): { signal?: AbortSignal } {
  if (value === undefined || value === null || isArrayCallbackIndex(value, next)) return {};
  if (typeof value !== 'object' || ArrayIsArray(value)) {
    throw new TypeError(`${call}: the second argument must be an options object like { signal }, got ${describeValue(value)}`);
  }
  const signal = optionalSignal(call, "options' signal", (value as { signal?: unknown }).signal, undefined);
  return signal ? { signal } : {};
}

export function requireUrl(call: string, url: unknown): string {
  if (typeof url === 'string') return url;
  const hint = url instanceof URL ? ' (write url.href, or the path as a string)' : '';
  throw new TypeError(`${call}: the URL must be a string like "/delay/1", got ${describeValue(url)}${hint}`);
}

export function requireUserId(call: string, id: unknown): number {
  if (typeof id === 'number' && NumberIsInteger(id)) return id;
  const hint =
    typeof id === 'string' && /^\d+$/.test(id)
      ? ` (write ${id}, without quotes)`
      : typeof id === 'object' && id !== null && 'id' in id
        ? ' (pass the id, not the user)'
        : '';
  throw new TypeError(`${call}: id must be a whole number like 4, got ${describeValue(id)}${hint}`);
}

export function requireMs(call: string, ms: unknown): number {
  if (typeof ms === 'number' && NumberIsFinite(ms) && ms >= 0) return ms;
  const hint = typeof ms === 'string' && ms.trim() !== '' && NumberIsFinite(+ms) ? ` (write ${ms}, without quotes)` : '';
  throw new TypeError(`${call}: ms must be a number of milliseconds (0 or more), got ${describeValue(ms)}${hint}`);
}

export function requireClientOptions(options: unknown): number {
  if (typeof options === 'number') {
    throw new TypeError(`createClient({ limit }): expected an options object, got ${describeValue(options)} (write createClient({ limit: ${options} }))`);
  }
  if (typeof options !== 'object' || options === null || ArrayIsArray(options)) {
    throw new TypeError(`createClient({ limit }): expected an options object like { limit: 3 }, got ${describeValue(options)}`);
  }
  const limit = (options as { limit?: unknown }).limit;
  if (typeof limit !== 'number' || !NumberIsInteger(limit) || limit < 1) {
    throw new RangeError(`createClient({ limit }): limit must be a whole number of 1 or more, got ${describeValue(limit)}`);
  }
  return limit;
}

/**
 * `for await (x of it)` awaits a next() promise on every turn, where no expression can be
 * wrapped; instrument.ts hands the iterable to the recorder instead (`R.fa`), and this gives the
 * loop an iterable whose promises pass through `see` on their way to the loop's own await.
 *
 * - An async iterable (an async generator, a ReadableStream): the very same iterator, its next()
 *   and return() promises passed through as they are.
 * - A plain iterable (an array of promises): the engine would wrap it in its own async-from-sync
 *   iterator, whose promises cannot be reached, so this builds that iterator the way the
 *   language defines it (ECMA-262 §27.1.6, CreateAsyncFromSyncIterator): each next() is the
 *   value resolved to a promise and one `then` on it, the same jobs in the same order.
 *
 * Anything else (null, a number) is left alone, so the loop fails with the engine's own error.
 */
import { isObject } from './is-object';

type AnyIterator = { next(...args: unknown[]): unknown; return?: unknown };

/** The untouched promise functions, taken before the recorder wrapped them. */
export interface PromiseParts {
  then: (promise: Promise<unknown>, onFulfilled: (value: unknown) => unknown, onRejected?: (reason: unknown) => never) => Promise<unknown>;
  resolve: (value: unknown) => Promise<unknown>;
  reject: (reason: unknown) => Promise<unknown>;
}

export function seeForAwait(iterable: unknown, see: (promise: unknown) => unknown, promises: PromiseParts): unknown {
  if (iterable === null || iterable === undefined) return iterable;
  const source = iterable as { [Symbol.asyncIterator]?: unknown; [Symbol.iterator]?: unknown };
  const asyncMethod = source[Symbol.asyncIterator];
  if (asyncMethod !== undefined && asyncMethod !== null) {
    if (typeof asyncMethod !== 'function') return iterable;
    return {
      [Symbol.asyncIterator]() {
        const iterator = asyncMethod.call(iterable) as AnyIterator;
        // The loop reads next once, when it starts, and return only when it leaves early.
        const next = iterator.next;
        return {
          next: () => see(next.call(iterator)),
          get return() {
            const close = iterator.return;
            if (close === undefined || close === null) return undefined;
            return () => see((close as () => unknown).call(iterator));
          },
        };
      },
    };
  }
  const syncMethod = source[Symbol.iterator];
  if (typeof syncMethod !== 'function') return iterable;
  return { [Symbol.asyncIterator]: () => fromSync(syncMethod.call(iterable) as AnyIterator, see, promises) };
}

/** The async-from-sync iterator (§27.1.6), with each promise it hands the loop seen. */
function fromSync(iterator: AnyIterator, see: (promise: unknown) => unknown, { then, resolve, reject }: PromiseParts) {
  const next = iterator.next;
  /** IteratorClose on a throw: the throw wins over anything return() does. */
  const closeQuietly = () => {
    try {
      const close = iterator.return;
      if (typeof close === 'function') (close as () => unknown).call(iterator);
    } catch {
      // The loop's own error is the one that counts.
    }
  };
  /** AsyncFromSyncIteratorContinuation: the step's value resolved, then turned into a result. */
  const continuation = (result: unknown, closeOnRejection: boolean): Promise<unknown> => {
    if (!isObject(result)) return reject(new TypeError(`Iterator result ${String(result)} is not an object`));
    const done = Boolean((result as { done?: unknown }).done);
    const value = (result as { value?: unknown }).value;
    let wrapped: Promise<unknown>;
    try {
      wrapped = resolve(value);
    } catch (error) {
      if (!done && closeOnRejection) closeQuietly();
      return reject(error);
    }
    const onRejected =
      done || !closeOnRejection
        ? undefined
        : (error: unknown): never => {
            closeQuietly();
            throw error;
          };
    return then(wrapped, (settled) => ({ value: settled, done }), onRejected);
  };
  return {
    next: () => {
      let result: unknown;
      try {
        result = next.call(iterator);
      } catch (error) {
        return see(reject(error));
      }
      return see(continuation(result, true));
    },
    return: () => {
      let result: unknown;
      try {
        const close = iterator.return;
        if (close === undefined || close === null) return see(resolve({ value: undefined, done: true }));
        result = (close as () => unknown).call(iterator);
      } catch (error) {
        return see(reject(error));
      }
      return see(continuation(result, false));
    },
  };
}

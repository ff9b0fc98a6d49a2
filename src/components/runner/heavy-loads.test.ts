import { beforeEach, describe, expect, test, vi } from 'vitest';

/** A fresh copy of the module per test: it keeps page-wide state. */
let heavy: typeof import('./heavy-loads');
beforeEach(async () => {
  vi.resetModules();
  heavy = await import('./heavy-loads');
});

const deferred = () => {
  let resolve!: () => void;
  let reject!: (error: Error) => void;
  const promise = new Promise<void>((yes, no) => ((resolve = yes), (reject = no)));
  return { promise, resolve, reject };
};
const state = async (promise: Promise<unknown>) =>
  Promise.race([promise.then(() => 'settled'), new Promise((resolve) => setTimeout(() => resolve('waiting'), 5))]);

describe('heavy loads', () => {
  test('settled at once when nothing loads', async () => {
    expect(await state(heavy.heavyLoadsSettled())).toBe('settled');
    expect(heavy.heavyPartsLoaded()).toEqual([]);
  });

  test('waits for every load in flight, and names the parts of those that arrived', async () => {
    const editor = deferred();
    const compiler = deferred();
    void heavy.asHeavyLoad(editor.promise, ['monaco-editor', 'editor.api']);
    heavy.asHeavyLoad(compiler.promise, ['compiler-worker', 'esbuild']).catch(() => undefined);
    const settled = heavy.heavyLoadsSettled();
    editor.resolve();
    expect(await state(settled)).toBe('waiting');
    compiler.reject(new Error('offline'));
    expect(await state(settled)).toBe('settled');
    // A failed load stored nothing: its parts are not named to the service worker.
    expect(heavy.heavyPartsLoaded()).toEqual(['monaco-editor', 'editor.api']);
  });

  test('a load that starts after settling is waited for again', async () => {
    const first = deferred();
    void heavy.asHeavyLoad(first.promise, ['monaco-editor']);
    first.resolve();
    await heavy.heavyLoadsSettled();
    const second = deferred();
    void heavy.asHeavyLoad(second.promise, ['esbuild']);
    expect(await state(heavy.heavyLoadsSettled())).toBe('waiting');
    second.resolve();
    expect(await state(heavy.heavyLoadsSettled())).toBe('settled');
  });
});

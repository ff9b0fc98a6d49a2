/**
 * The record's plumbing must not care what the reader patches after boot. Each test patches a
 * built-in the way a forging snippet would, runs the real Scheduler / SpanRecorder / TimerQueue,
 * and restores the built-in afterwards. Vitest shares this realm, so patches that stay in place
 * across an await only lie about the values a forger would target (delays, timers) and behave
 * normally for everything else.
 */
import { afterEach, describe, expect, test } from 'vitest';
import { runSnippet } from '../clock/testing/test-harness';
import { SpanRecorder } from '../trace/span-recorder';
import { ArrayPush, SafeMap, copyArray, postToPort, safeArray } from './primordials';

const restore: Array<() => void> = [];
function patch<T extends object, K extends keyof T>(target: T, key: K, value: T[K]): void {
  const original = Object.getOwnPropertyDescriptor(target, key)!;
  Object.defineProperty(target, key, { ...original, value });
  restore.push(() => Object.defineProperty(target, key, original));
}
afterEach(() => {
  while (restore.length > 0) restore.pop()!();
});

const threeSequentialSleeps = `
  const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));
  (async () => { await sleep(1000); await sleep(1000); await sleep(1000); log('done'); })();
`;

describe('patched built-ins do not reach the clock', () => {
  test('Math.floor returning 0 does not make sequential sleeps overlap', async () => {
    const floor = Math.floor;
    patch(Math, 'floor', (x: number) => (x >= 999 ? 0 : floor(x)));
    const run = await runSnippet(threeSequentialSleeps, { frozen: true });
    expect(run.virtualMs).toBe(3000);
  });

  test('a rebound global Number does not turn every delay into 1 ms', async () => {
    const RealNumber = Number;
    patch(globalThis, 'Number', ((x: unknown) => (x === 1000 ? 0 : RealNumber(x))) as unknown as NumberConstructor);
    const run = await runSnippet(threeSequentialSleeps, { frozen: true });
    expect(run.virtualMs).toBe(3000);
  });

  test('Array.prototype.push patched to rewrite timers leaves the timer heap alone', async () => {
    const push = Array.prototype.push;
    patch(Array.prototype, 'push', function (this: unknown[], ...items: unknown[]) {
      for (const item of items) if (item && typeof item === 'object' && 'due' in item) Object.assign(item, { due: 0 });
      return push.apply(this, items);
    });
    const run = await runSnippet(threeSequentialSleeps, { frozen: true });
    expect(run.virtualMs).toBe(3000);
  });
});

describe('SpanRecorder', () => {
  test('a patched Array.prototype.push never receives a span to rewrite', () => {
    const seen: unknown[] = [];
    let now = 0;
    const spans = new SpanRecorder(() => now, 10);
    const push = Array.prototype.push;
    patch(Array.prototype, 'push', function (this: unknown[], ...items: unknown[]) {
      for (const item of items) {
        if (item && typeof item === 'object' && 'start' in item) {
          push.call(seen, item);
          Object.assign(item, { start: 0, end: 1 });
        }
      }
      return push.apply(this, items);
    });
    const id = spans.start('sleep', 'sleep(3000)');
    now = 3000;
    spans.end(id, 'ok');
    restore.pop()!();
    expect(seen).toEqual([]);
    expect(spans.all().spans[0]).toMatchObject({ start: 0, end: 3000, outcome: 'ok' });
  });

  test('an index setter on Array.prototype is never consulted by safe arrays', () => {
    let called = false;
    let copy: number[];
    Object.defineProperty(Array.prototype, '0', { set: () => (called = true), configurable: true });
    try {
      const array = safeArray<number>();
      ArrayPush(array, 7);
      copy = copyArray(array);
    } finally {
      delete (Array.prototype as unknown as Record<string, unknown>)['0'];
    }
    expect(called).toBe(false);
    expect(copy[0]).toBe(7);
  });
});

describe('SafeMap and postToPort', () => {
  test('SafeMap keeps working when Map.prototype is patched', () => {
    const map = new SafeMap<string, number>();
    patch(Map.prototype, 'get', () => 42);
    patch(Map.prototype, 'set', function (this: Map<unknown, unknown>) {
      return this;
    });
    map.set('a', 1);
    const [a, b, size] = [map.get('a'), map.get('b'), map.size];
    restore.pop()!();
    restore.pop()!();
    expect([a, b, size]).toEqual([1, undefined, 1]);
  });

  test('postToPort uses the original postMessage whatever the prototype holds now', async () => {
    const { port1, port2 } = new MessageChannel();
    patch(MessagePort.prototype, 'postMessage', () => {
      throw new Error('patched');
    });
    const received = new Promise((resolve) => (port2.onmessage = (event) => resolve(event.data)));
    postToPort(port1, { virtualMs: 3000 });
    // Vitest talks to its workers over MessagePorts too: put the original back before awaiting.
    restore.pop()!();
    expect(await received).toEqual({ virtualMs: 3000 });
    port1.close();
    port2.close();
  });
});

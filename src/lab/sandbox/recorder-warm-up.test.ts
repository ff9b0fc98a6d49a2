import { expect, test } from 'vitest';
import { setImmediate } from 'node:timers';
import { recorderKey } from './recorder';
import { warmUpRecorder } from './recorder-warm-up';

test("the warm-up leaves the realm's builtins as they were and is over before the next task", async () => {
  const before = [Promise.prototype.then, Promise.prototype.catch, Promise.prototype.finally, Promise.resolve, Promise.reject, globalThis.queueMicrotask];
  let finished = false;
  const warming = warmUpRecorder(() => performance.now()).then(() => (finished = true));
  // A spare worker reads its run's `start` in a later task: by then the warm-up must be done, or
  // its leftover microtasks would run inside the run, on its clock.
  await new Promise((resolve) => setImmediate(resolve));
  expect(finished).toBe(true);
  await warming;
  expect([Promise.prototype.then, Promise.prototype.catch, Promise.prototype.finally, Promise.resolve, Promise.reject, globalThis.queueMicrotask]).toEqual(
    before,
  );
  expect(Object.getOwnPropertySymbols(globalThis)).not.toContain(Symbol.for(recorderKey));
});

/**
 * Runs the recorder once, on a stand-in scope, while a spare worker waits for its run
 * (boot.ts, on `prepare`): every run has a fresh worker, so a recording run would otherwise
 * execute the recorder's wrappers and the trace writer as cold code, thousands of times, and
 * measured three times slower than without recording on promise-heavy code. V8 keeps what it
 * learns about a function (its feedback and optimized code) per function literal, shared by every
 * closure made from it, so the real run's recorder starts with what this one taught.
 *
 * Nothing of the worker's own is touched: the scope is a Promise subclass and a copy of
 * `queueMicrotask`, so the wrappers are installed on them, not on the builtins the run will use.
 * The work is microtasks only (no timer), so it is over before the worker reads its next message.
 */
import { createRecorder } from './recorder';
import type { RecorderScope } from './recorder-types';

/** About as many steps as the bench's promise-heavy snippet records, under the step cap. */
const rounds = 250;

export async function warmUpRecorder(realNow: () => number): Promise<void> {
  class WarmPromise<T> extends Promise<T> {}
  const scope = { Promise: WarmPromise as PromiseConstructor, queueMicrotask: (callback: () => void) => queueMicrotask(callback), Error };
  let clock = 0;
  let printed = 0;
  const recorder = createRecorder(scope satisfies RecorderScope, {
    isUserFile: () => false,
    mapLine: (line) => line,
    now: () => clock,
    realNow,
    forgive: () => undefined,
    consoleCount: () => printed,
  });
  const R = recorder.api;
  recorder.scriptStarted();
  // The shapes instrument.ts writes: an async function's frame, an await it reports itself, a
  // top-level await on a spy, hinted then/catch/finally and queueMicrotask callbacks.
  const job = async (i: number): Promise<number> => {
    const F = R.enter(1, 'job');
    try {
      R.re(F, await R.aw(F, 2, null));
      return i * 2;
    } finally {
      R.exit(F);
    }
  };
  let total = 0;
  for (let i = 0; i < rounds; i++) {
    // An async function's promise is the realm's own, not the stand-in's: adopted into one so
    // the spy path runs as it does on the real scope.
    total += await R.sp(0, 7, WarmPromise.resolve(job(i)));
    total += await R.sp(
      0,
      8,
      WarmPromise.resolve(i)
        .then(R.at(8, (v: number) => v + 1))
        .catch(R.at(8, () => 0))
        .finally(R.at(8, () => undefined)),
    );
    scope.queueMicrotask(R.at(9, () => void printed++));
    clock += total % 2;
    if (i % 50 === 0) recorder.take();
  }
  recorder.topLevelDone();
  recorder.take();
}

import { describe, expect, test } from 'vitest';
import { runSnippet } from './testing/test-harness';

// AbortSignal.any is the platform's own: it needs no clock. These hold that it composes with the
// run's AbortSignal.timeout, which the lessons on deadlines rely on.
const any = (signals: AbortSignal[]) => AbortSignal.any(signals);

describe('AbortSignal.any with the run clock', () => {
  test('a deadline from AbortSignal.timeout aborts the combined signal at the deadline, with its reason', async () => {
    const run = await runSnippet(
      `
      const caller = new AbortController();
      const signal = any([caller.signal, AbortSignal.timeout(500)]);
      signal.addEventListener('abort', () => log(signal.reason.name + ' at ' + performance.now()));
      setTimeout(() => log('work done at ' + performance.now()), 1000);`,
      { frozen: true, extras: { any } },
    );
    expect(run.printed).toEqual(['TimeoutError at 500', 'work done at 1000']);
  });

  test('the caller aborting first wins, and the later deadline changes nothing', async () => {
    const run = await runSnippet(
      `
      const caller = new AbortController();
      const signal = any([caller.signal, AbortSignal.timeout(500)]);
      signal.addEventListener('abort', () => log(signal.reason + ' at ' + performance.now()));
      setTimeout(() => caller.abort('user left'), 200);
      setTimeout(() => log('still aborted once, at ' + performance.now()), 1000);`,
      { frozen: true, extras: { any } },
    );
    expect(run.printed).toEqual(['user left at 200', 'still aborted once, at 1000']);
  });

  test('nested deadlines: the inner call stops at the earlier of its own and the one passed down', async () => {
    const run = await runSnippet(
      `
      const outer = AbortSignal.timeout(300);
      const inner = any([outer, AbortSignal.timeout(1000)]);
      inner.addEventListener('abort', () => log('inner stopped at ' + performance.now()));
      setTimeout(() => log('end at ' + performance.now()), 1200);`,
      { frozen: true, extras: { any } },
    );
    expect(run.printed).toEqual(['inner stopped at 300', 'end at 1200']);
  });
});

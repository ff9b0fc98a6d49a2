/** The lab's own timers are out of the reader's reach, and the scheduler counts the loop's turns. */
import { describe, expect, test } from 'vitest';
import { runSnippet } from './testing/test-harness';

describe('lab timers and turns', () => {
  test("the reader's clearTimeout cannot cancel a lab timer, whatever id it guesses", async () => {
    const run = await runSnippet(
      `
      scheduler.setLabTimeout(() => log('lab timer fired at ' + performance.now()), 1000);
      for (let id = -5; id <= 5; id++) clearTimeout(id);
      const mine = setTimeout(() => log('cleared timer fired'), 500);
      clearTimeout(mine);
      `,
      { frozen: true },
    );
    expect(run.printed).toEqual(['lab timer fired at 1000']);
  });

  test("lab timer ids are negative, the reader's positive", async () => {
    const run = await runSnippet(`log(scheduler.setLabTimeout(() => {}, 1) < 0); log(setTimeout(() => {}, 1) > 0);`, { frozen: true });
    expect(run.printed).toEqual(['true', 'true']);
  });

  test('every timer that fires starts a new turn', async () => {
    const run = await runSnippet(
      `
      const start = scheduler.turn;
      setTimeout(() => log(scheduler.turn - start), 10);
      setTimeout(() => log(scheduler.turn - start), 10);
      scheduler.setLabTimeout(() => log(scheduler.turn - start), 20);
      `,
      { frozen: true },
    );
    expect(run.printed).toEqual(['1', '2', '3']);
  });
});

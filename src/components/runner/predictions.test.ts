import { describe, expect, test } from 'vitest';
import { SavedWork, savedWorkPrefix } from './saved-work';
import { memoryStorage } from './testing/memory-storage';

describe('saved predictions', () => {
  test('the first attempt is kept, later attempts are counted', () => {
    const work = new SavedWork(memoryStorage());
    expect(work.recordPrediction('event-loop/order.ts', 'wrong', true)).toEqual({ first: 'wrong', last: 'wrong', attempts: 1 });
    expect(work.recordPrediction('event-loop/order.ts', 'right', true)).toEqual({ first: 'wrong', last: 'right', attempts: 2 });
    expect(work.predictions()).toEqual({ 'event-loop/order.ts': { first: 'wrong', last: 'right', attempts: 2 } });
  });

  test('a prediction checked after running the example is not scored', () => {
    const work = new SavedWork(memoryStorage());
    expect(work.recordPrediction('a.ts', 'right', false)).toEqual({ first: 'unscored', last: 'right', attempts: 1 });
  });

  test('blocks are kept apart and survive a new SavedWork over the same storage', () => {
    const shared = memoryStorage();
    new SavedWork(shared).recordPrediction('a.ts', 'right', true);
    new SavedWork(shared).recordPrediction('b.ts', 'wrong', true);
    expect(Object.keys(new SavedWork(shared).predictions()).sort()).toEqual(['a.ts', 'b.ts']);
  });

  test('a hand-edited entry is dropped and reported', () => {
    const problems: string[] = [];
    const work = new SavedWork(memoryStorage({ [`${savedWorkPrefix}predictions`]: '{"a.ts":{"first":"maybe","last":"right","attempts":1}}' }), (problem) =>
      problems.push(problem),
    );
    expect(work.predictions()).toEqual({});
    expect(problems).toEqual(['corrupted']);
  });
});

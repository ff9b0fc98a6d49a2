import { describe, expect, test } from 'vitest';
import { SavedWork, savedWorkPrefix } from './saved-work';

function storage(initial: Record<string, string> = {}) {
  const data = new Map(Object.entries(initial));
  return {
    data,
    getItem: (key: string) => data.get(key) ?? null,
    setItem: (key: string, value: string) => void data.set(key, value),
    removeItem: (key: string) => void data.delete(key),
  };
}

describe('saved predictions', () => {
  test('the first attempt is kept, later attempts are counted', () => {
    const work = new SavedWork(storage());
    expect(work.recordPrediction('event-loop/order.ts', 'wrong', true)).toEqual({ first: 'wrong', last: 'wrong', attempts: 1 });
    expect(work.recordPrediction('event-loop/order.ts', 'right', true)).toEqual({ first: 'wrong', last: 'right', attempts: 2 });
    expect(work.predictions()).toEqual({ 'event-loop/order.ts': { first: 'wrong', last: 'right', attempts: 2 } });
  });

  test('a prediction checked after running the example is not scored', () => {
    const work = new SavedWork(storage());
    expect(work.recordPrediction('a.ts', 'right', false)).toEqual({ first: 'unscored', last: 'right', attempts: 1 });
  });

  test('blocks are kept apart and survive a new SavedWork over the same storage', () => {
    const shared = storage();
    new SavedWork(shared).recordPrediction('a.ts', 'right', true);
    new SavedWork(shared).recordPrediction('b.ts', 'wrong', true);
    expect(Object.keys(new SavedWork(shared).predictions()).sort()).toEqual(['a.ts', 'b.ts']);
  });

  test('a hand-edited entry is dropped and reported', () => {
    const problems: string[] = [];
    const work = new SavedWork(storage({ [`${savedWorkPrefix}predictions`]: '{"a.ts":{"first":"maybe","last":"right","attempts":1}}' }), (problem) =>
      problems.push(problem),
    );
    expect(work.predictions()).toEqual({});
    expect(problems).toEqual(['corrupted']);
  });
});

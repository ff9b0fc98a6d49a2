import { describe, expect, test } from 'vitest';
import { SavedWork, hashText, savedWorkPrefix, type StorageProblem } from './saved-work';
import { memoryStorage } from './testing/memory-storage';

function setup(initial: Record<string, string> = {}) {
  const storage = memoryStorage(initial);
  const problems: Array<[StorageProblem, string]> = [];
  const work = new SavedWork(storage, (problem, key) => problems.push([problem, key]));
  return { storage, problems, work };
}

describe('SavedWork', () => {
  test('edited code comes back for the same starter', () => {
    const { work } = setup();
    work.saveCode('ex-1', 'starter', 'edited');
    expect(work.loadCode('ex-1', 'starter')).toBe('edited');
  });

  test('code saved from another version of the starter is not loaded', () => {
    const { work } = setup();
    work.saveCode('ex-1', 'old starter', 'edited');
    expect(work.loadCode('ex-1', 'new starter')).toBeUndefined();
  });

  test('saving the starter itself forgets the saved code', () => {
    const { work, storage } = setup();
    work.saveCode('ex-1', 'starter', 'edited');
    work.saveCode('ex-1', 'starter', 'starter');
    expect(storage.data.size).toBe(0);
  });

  test.each([
    ['not JSON', '{oops'],
    ['the wrong shape', JSON.stringify({ code: 42 })],
    ['null', 'null'],
  ])('a corrupted entry (%s) is dropped with a notice, not thrown', (_name, raw) => {
    const { work, problems, storage } = setup({ [`${savedWorkPrefix}code:ex-1`]: raw });
    expect(work.loadCode('ex-1', 'starter')).toBeUndefined();
    expect(problems).toEqual([['corrupted', 'code:ex-1']]);
    expect(storage.data.has(`${savedWorkPrefix}code:ex-1`)).toBe(false);
  });

  test('finished exercises accumulate without duplicates; a corrupted list starts over', () => {
    const { work } = setup();
    work.markDone('a');
    work.markDone('b');
    work.markDone('a');
    expect(work.doneExercises()).toEqual(['a', 'b']);
    const broken = setup({ [`${savedWorkPrefix}done`]: '[1,2]' });
    expect(broken.work.doneExercises()).toEqual([]);
    expect(broken.problems).toEqual([['corrupted', 'done']]);
  });

  test('visited lessons accumulate without duplicates', () => {
    const { work } = setup();
    work.markVisited('summary');
    work.markVisited('summary');
    expect(work.visitedLessons()).toEqual(['summary']);
  });

  test('the last visit must be a path on this site', () => {
    const { work } = setup({ [`${savedWorkPrefix}last`]: JSON.stringify({ path: 'https://evil.example/', title: 'x', at: 1 }) });
    expect(work.lastVisit()).toBeUndefined();
    work.recordVisit({ path: '/lessons/why-async/', title: 'Why async', at: 2 });
    expect(work.lastVisit()?.path).toBe('/lessons/why-async/');
  });

  test('storage that throws is reported as unavailable and never breaks the page', () => {
    const problems: StorageProblem[] = [];
    const throwing = {
      getItem: () => {
        throw new Error('SecurityError');
      },
      setItem: () => {
        throw new Error('QuotaExceededError');
      },
      removeItem: () => {
        throw new Error('SecurityError');
      },
    };
    const work = new SavedWork(throwing, (problem) => problems.push(problem));
    expect(work.loadCode('x', 'y')).toBeUndefined();
    work.saveCode('x', 'y', 'z');
    expect(problems).toEqual(['unavailable', 'unavailable']);
  });

  test('hashText is stable and tells texts apart', () => {
    expect(hashText('abc')).toBe(hashText('abc'));
    expect(hashText('abc')).not.toBe(hashText('abd'));
    expect(hashText('')).toMatch(/^[0-9a-f]{8}$/);
  });
});

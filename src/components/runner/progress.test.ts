import { describe, expect, test } from 'vitest';
import { finishedLessons, lessonOf } from './progress';

describe('progress', () => {
  test('lessonOf reads the slug of English and Chinese lesson paths only', () => {
    expect(lessonOf('/lessons/why-async/')).toBe('why-async');
    expect(lessonOf('/zh/lessons/event-loop/')).toBe('event-loop');
    expect(lessonOf('/playground/')).toBeUndefined();
    expect(lessonOf('/lessons/')).toBeUndefined();
  });

  test('a lesson is finished when all its exercises passed, or once visited when it has none', () => {
    const map = { 'why-async': ['overlap-waits'], 'many-requests': ['polite', 'flaky'], summary: [] };
    expect(finishedLessons(map, ['overlap-waits', 'polite'], [])).toEqual(['why-async']);
    expect(finishedLessons(map, ['overlap-waits', 'polite', 'flaky'], ['summary'])).toEqual(['why-async', 'many-requests', 'summary']);
    expect(finishedLessons(map, [], ['why-async'])).toEqual([]);
  });
});

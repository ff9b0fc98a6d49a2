import { describe, expect, test } from 'vitest';
import { caretAfter } from './held-caret';
import type { HeldKeyName } from './held-keys';

const text = 'ab\ncdef\n\ng';

describe('a held key moves the caret as a textarea would', () => {
  test.each<[string, number, number, HeldKeyName, number]>([
    ['left, inside a line', 4, 4, 'ArrowLeft', 3],
    ['left, at the start of the text', 0, 0, 'ArrowLeft', 0],
    ['left, a selection collapses to its start', 3, 5, 'ArrowLeft', 3],
    ['right, across a line break', 2, 2, 'ArrowRight', 3],
    ['right, at the end of the text', 10, 10, 'ArrowRight', 10],
    ['right, a selection collapses to its end', 3, 5, 'ArrowRight', 5],
    ['Home, the start of the line', 5, 5, 'Home', 3],
    ['End, the end of the line', 3, 3, 'End', 7],
    ['End, on the last line', 9, 9, 'End', 10],
    ['up, same column', 5, 5, 'ArrowUp', 2],
    ['up, column past the shorter line above', 6, 6, 'ArrowUp', 2],
    ['up, on the first line: the start', 1, 1, 'ArrowUp', 0],
    ['down, same column', 1, 1, 'ArrowDown', 4],
    ['down, onto an empty line', 5, 5, 'ArrowDown', 8],
    ['down, on the last line: the end', 9, 9, 'ArrowDown', 10],
  ])('%s', (_, start, end, key, expected) => {
    expect(caretAfter(text, start, end, key)).toBe(expected);
  });
});

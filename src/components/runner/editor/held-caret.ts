/**
 * Where a held arrow, Home or End key (held-keys.ts) puts the caret in a plain text: as in a
 * <textarea> without wrapping (the plain editor's), a collapsed selection moved by one character
 * or line, or to the start or end of the line.
 */
import type { HeldKeyName } from './held-keys';

export function caretAfter(text: string, start: number, end: number, key: HeldKeyName): number {
  const lineStart = (at: number) => text.lastIndexOf('\n', at - 1) + 1;
  const lineEnd = (at: number) => (text.indexOf('\n', at) === -1 ? text.length : text.indexOf('\n', at));
  switch (key) {
    case 'ArrowLeft':
      return start !== end ? start : Math.max(0, start - 1);
    case 'ArrowRight':
      return start !== end ? end : Math.min(text.length, end + 1);
    case 'Home':
      return lineStart(start);
    case 'End':
      return lineEnd(end);
    case 'ArrowUp': {
      const from = lineStart(start);
      if (from === 0) return 0;
      const above = lineStart(from - 1);
      return Math.min(above + (start - from), from - 1);
    }
    case 'ArrowDown': {
      const to = lineEnd(end);
      if (to === text.length) return text.length;
      const column = end - lineStart(end);
      return Math.min(to + 1 + column, lineEnd(to + 1));
    }
    default:
      return end;
  }
}

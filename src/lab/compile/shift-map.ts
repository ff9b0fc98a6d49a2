/**
 * Keeps a source map right for code that had text inserted into it (instrument.ts adds calls
 * to the recorder inside lines): every mapping after an insertion on its line moves right by the
 * inserted length, so stack traces of a recording run point at the same TypeScript line *and
 * column* as the unrecorded run's. Only generated columns change; the other fields of a segment
 * are relative to the previous segment, whose order stays the same, so they are kept as they are.
 */
import { decodeVlq } from './source-map';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

/** Encodes numbers as one Base64 VLQ segment (the inverse of decodeVlq). */
export function encodeVlq(values: readonly number[]): string {
  let out = '';
  for (const value of values) {
    let rest = value < 0 ? (-value << 1) | 1 : value << 1;
    do {
      let digit = rest & 31;
      rest >>>= 5;
      if (rest > 0) digit |= 32;
      out += base64[digit];
    } while (rest > 0);
  }
  return out;
}

/** Text inserted at a 0-based line and column of the original code. */
export interface Insertion {
  line: number;
  column: number;
  length: number;
}

/** The `mappings` of a map, moved right past `insertions` (which only add text within lines). */
export function shiftMappings(mappings: string, insertions: readonly Insertion[]): string {
  const byLine = new Map<number, Insertion[]>();
  for (const insertion of insertions) byLine.set(insertion.line, [...(byLine.get(insertion.line) ?? []), insertion]);
  return mappings
    .split(';')
    .map((line, index) => {
      const inserted = byLine.get(index);
      if (!inserted || !line) return line;
      /** What was inserted at or before original column `column`. */
      const shift = (column: number) => inserted.reduce((sum, insertion) => (insertion.column <= column ? sum + insertion.length : sum), 0);
      let original = 0;
      let previous = 0;
      return line
        .split(',')
        .map((raw) => {
          if (!raw) return raw;
          const [delta = 0, ...rest] = decodeVlq(raw);
          original += delta;
          const moved = original + shift(original);
          const segment = encodeVlq([moved - previous, ...rest]);
          previous = moved;
          return segment;
        })
        .join(',');
    })
    .join(';');
}

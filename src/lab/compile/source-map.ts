/**
 * Reads a source map (v3) just enough to answer one question: which line and column of the
 * reader's TypeScript produced this line and column of the compiled JavaScript? Used to show
 * errors and stack traces in the reader's own line numbers.
 */
import type { SourcePosition } from '../types';

const base64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';
const base64Value = new Map([...base64].map((char, index) => [char, index]));

/** Decodes one Base64 VLQ segment into its numbers. */
export function decodeVlq(segment: string): number[] {
  const values: number[] = [];
  let value = 0;
  let shift = 0;
  for (const char of segment) {
    const digit = base64Value.get(char);
    if (digit === undefined) throw new Error(`invalid base64 VLQ character ${JSON.stringify(char)}`);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
    } else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

/** [generated column, source line, source column], all 0-based. */
type Segment = [number, number, number];

/** Parses the `mappings` of a map into, for each generated line, its segments sorted by column. */
export function parseMappings(mappings: string): Segment[][] {
  const lines: Segment[][] = [];
  let sourceLine = 0;
  let sourceColumn = 0;
  for (const line of mappings.split(';')) {
    const segments: Segment[] = [];
    let column = 0;
    for (const raw of line.split(',')) {
      if (!raw) continue;
      const [dColumn = 0, , dLine, dSourceColumn] = decodeVlq(raw);
      column += dColumn;
      // Segments of one field carry no source position.
      if (dLine === undefined || dSourceColumn === undefined) continue;
      sourceLine += dLine;
      sourceColumn += dSourceColumn;
      segments.push([column, sourceLine, sourceColumn]);
    }
    lines.push(segments);
  }
  return lines;
}

/**
 * Builds a lookup from generated (1-based line, 1-based column) to the original position
 * (1-based line and column), or undefined where the map says nothing.
 */
export function createPositionMapper(map: string | { mappings: string }): (line: number, column: number) => SourcePosition | undefined {
  const { mappings } = typeof map === 'string' ? (JSON.parse(map) as { mappings: string }) : map;
  const lines = parseMappings(mappings);
  return (line, column) => {
    const segments = lines[line - 1];
    if (!segments || segments.length === 0) return undefined;
    let best: Segment | undefined;
    for (const segment of segments) {
      if (segment[0] <= column - 1) best = segment;
      else break;
    }
    best ??= segments[0]!;
    return { line: best[1] + 1, column: best[2] + 1 };
  };
}

/**
 * The timeline's measuring: where the time axis ends and which "nice" ticks it gets (steps of
 * 1, 2 or 5 × 10^n), how tick labels read, and how wide a label will be drawn. Pure maths, so
 * the tests can pin it down without a browser.
 */

export interface TimeAxis {
  /** The last tick, in ms: the axis runs from 0 to here, at or past the run's end. */
  end: number;
  /** Milliseconds between ticks. */
  step: number;
  /** 4 to 8 tick positions, in ms, from 0 to `end`. */
  ticks: number[];
  /** Tick labels read in ms for a run shorter than a second, in seconds otherwise. */
  unit: 'ms' | 's';
}

const MAX_INTERVALS = 7;

/** Rounds away floating-point noise (0.6000000000000001 → 0.6). */
const clean = (value: number): number => Number(value.toPrecision(10));

/** An axis that covers `elapsedMs` (at least 1 ms) with 4 to 8 nice ticks. */
export function timeAxis(elapsedMs: number): TimeAxis {
  const span = Number.isFinite(elapsedMs) && elapsedMs > 0 ? Math.max(elapsedMs, 1) : 1;
  // Start where steps give ~100+ intervals and take the first step that gives at most 7. The step
  // before gave more than 7 and steps grow at most 2.5×, so this one gives at least 3 (4 ticks).
  let exponent = Math.floor(Math.log10(span)) - 2;
  for (;;) {
    for (const multiple of [1, 2, 5]) {
      const step = clean(multiple * 10 ** exponent);
      const intervals = Math.ceil(span / step - 1e-9);
      if (intervals <= MAX_INTERVALS) {
        const ticks = Array.from({ length: intervals + 1 }, (_, i) => clean(i * step));
        return { end: clean(intervals * step), step, ticks, unit: span < 1000 ? 'ms' : 's' };
      }
    }
    exponent++;
  }
}

/** "0", "250 ms", "0.5 s", "1 s": compact, and the same in every locale. */
export function tickLabel(ms: number, unit: TimeAxis['unit']): string {
  if (ms === 0) return '0';
  return unit === 'ms' ? `${clean(ms)} ms` : `${clean(ms / 1000)} s`;
}

/** Drawn width of one character of the monospace label font at 12px (timeline.css). */
const NARROW_PX = 7.5;
/** CJK and other wide characters take about a full em. */
const WIDE_PX = 12.5;

/** The width a label will take in the 12px monospace font, estimated generously. */
export function textWidth(text: string): number {
  let width = 0;
  for (const char of text) width += (char.codePointAt(0) ?? 0) >= 0x1100 ? WIDE_PX : NARROW_PX;
  return width;
}

/** `text` cut to at most `maxPx` wide, ending in "…" when it was cut. */
export function fitText(text: string, maxPx: number): string {
  if (textWidth(text) <= maxPx) return text;
  let out = '';
  for (const char of text) {
    if (textWidth(`${out}${char}…`) > maxPx) break;
    out += char;
  }
  return `${out}…`;
}

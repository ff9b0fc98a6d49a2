/**
 * The timeline's layout in rows ("lanes"): which operations share a row, and where a row's label
 * goes so that no label is ever cut by the chart's edge. Pure maths on spans and pixels.
 */
import type { Span } from '../../lab';

/** One row of the timeline: operations with the same label, none overlapping the next. */
export interface Lane {
  label: string;
  /** In start order. Half-open intervals: one may start exactly when the one before ended. */
  spans: Span[];
}

/** Start order, ties broken by id: the order of rows, bars and table lines. */
export const byStart = (a: Span, b: Span): number => a.start - b.start || a.id - b.id;

/**
 * Greedy first fit in start order: a span joins the first lane with its label whose last span
 * ended at or before it starts, otherwise it opens a new lane. So 30 sequential `sleep(100)`
 * share one row, three parallel `sleep(1000)` get three, and requests through a client with
 * limit k get at most k rows per label. Lanes come out in the order they were opened.
 */
export function assignLanes(spans: readonly Span[]): Lane[] {
  const lanes: Lane[] = [];
  const open = new Map<string, Array<{ lane: Lane; end: number }>>();
  for (const span of [...spans].sort(byStart)) {
    const end = Math.max(span.start, span.end);
    let same = open.get(span.label);
    if (!same) open.set(span.label, (same = []));
    const free = same.find((entry) => entry.end <= span.start);
    if (free) {
      free.lane.spans.push(span);
      free.end = end;
    } else {
      const lane: Lane = { label: span.label, spans: [span] };
      lanes.push(lane);
      same.push({ lane, end });
    }
  }
  return lanes;
}

/** Where a label's text goes: `x` is its left edge for anchor start, its right edge for end. */
export interface LabelSpot {
  x: number;
  anchor: 'start' | 'end';
}

/** Space between a bar and its label, and kept free at the chart's edges. */
const GAP = 6;
const EDGE = 4;

/**
 * A lane's label, beside its first bar (drawn from `barStart` to `barEnd`, in px): right of it
 * when the lane is free up to `nextBar` (the next bar's left edge, Infinity if none) and the
 * label ends inside `width`; else left of it, where the lane is always free, when that stays
 * inside the chart; else over the bar, on its halo. That last spot may run past `width`: the
 * caller widens the chart to `labelEnd` (+ EDGE) so that nothing is ever cut.
 */
export function placeLabel(labelWidth: number, barStart: number, barEnd: number, nextBar: number, width: number): LabelSpot {
  if (barEnd + GAP + labelWidth <= Math.min(nextBar - EDGE, width - EDGE)) return { x: barEnd + GAP, anchor: 'start' };
  if (barStart - GAP - labelWidth >= EDGE) return { x: barStart - GAP, anchor: 'end' };
  return { x: Math.max(barStart + EDGE, EDGE), anchor: 'start' };
}

/** The right edge of a placed label. */
export function labelEnd(spot: LabelSpot, labelWidth: number): number {
  return spot.anchor === 'start' ? spot.x + labelWidth : spot.x;
}

/** How wide the chart must be so that nothing drawn up to `rightmost` px is cut. */
export function widthFor(baseWidth: number, rightmost: number): number {
  return Math.max(baseWidth, Math.ceil(rightmost + EDGE));
}

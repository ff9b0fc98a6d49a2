/**
 * Questions about a run's trace that checks and the timeline both ask: which spans match, and
 * how many were in flight at once.
 */
import { spanKinds, type Span, type SpanKind } from '../types';

/** A span kind ("request"), a label prefix ("GET /delay"), or a RegExp tested on the label. */
export type SpanFilter = SpanKind | string | RegExp;

const kinds: readonly string[] = spanKinds;

export function spansMatching(spans: Span[], filter: SpanFilter): Span[] {
  if (filter instanceof RegExp) return spans.filter((span) => filter.test(span.label));
  if (kinds.includes(filter)) return spans.filter((span) => span.kind === filter);
  return spans.filter((span) => span.label.startsWith(filter));
}

/**
 * The most spans open at the same moment. Spans are half-open [start, end): one ending exactly
 * when another starts (a connection handed on) does not count as overlapping.
 * @param kind 'any' counts every given span; pass a kind to count only that kind.
 */
export function peakInFlight(spans: Span[], kind: SpanKind | 'any' = 'any'): number {
  const events: Array<[number, number]> = [];
  for (const span of spans) {
    if (kind !== 'any' && span.kind !== kind) continue;
    events.push([span.start, 1], [span.end, -1]);
  }
  // Ends before starts at the same time.
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  let open = 0;
  let peak = 0;
  for (const [, delta] of events) {
    open += delta;
    peak = Math.max(peak, open);
  }
  return peak;
}

/** How many spans were open over time, as steps: [time, count] at each change. */
export function inFlightSteps(spans: Span[]): Array<[number, number]> {
  const events: Array<[number, number]> = [];
  for (const span of spans) events.push([span.start, 1], [span.end, -1]);
  events.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
  const steps: Array<[number, number]> = [];
  let open = 0;
  for (const [time, delta] of events) {
    open += delta;
    const last = steps[steps.length - 1];
    if (last && last[0] === time) last[1] = open;
    else steps.push([time, open]);
  }
  return steps;
}

/**
 * Draws a run's trace as a timeline: a time axis, one bar per operation (sleep, request,
 * fetchUser, blockFor, worker job), shaded bands where the event loop was blocked, and a small
 * step chart of how many operations were in flight at once. Operations with the same label that
 * do not overlap share a row (timeline-lanes.ts), so a loop of 30 sleeps is one row of 30 bars. After the SVG comes a
 * visually hidden table with the same facts for screen readers.
 *
 * It is a pure function from spans to an HTML string — no DOM — so the very code that draws in
 * the browser runs in Node under Vitest. Colours live only in timeline.css (`al-tl-*` classes),
 * so light and dark themes need no re-render. Labels can hold text the reader controls (a URL
 * they requested): every text and attribute value goes through `escapeHtml`.
 */
import { formatMs, inFlightSteps, spanKinds, type Locale, type Span } from '../../lab';
import { escapeHtml } from '../../shared/escape-html';
import { fnv1a } from '../../shared/fnv1a';
import { timelineText } from './timeline-text';
import { assignLanes, byStart, labelEnd, placeLabel, widthFor } from './timeline-lanes';
import { fitText, textWidth, tickLabel, timeAxis, type TimeAxis } from './timeline-scale';

export interface TimelineOptions {
  /** Elapsed time of the run on its clock (ms); the axis spans at least this. */
  totalMs: number;
  locale: Locale;
  /** Prefix for the ids inside the SVG; by default one derived from the spans, stable per input. */
  idPrefix?: string;
}

/** Rows (lanes) drawn at most; blocked bands and the in-flight chart always cover every span. */
export const MAX_ROWS = 200;
/** Lines in the text alternative at most; past it a last line says how many more. */
export const MAX_TABLE_ROWS = 500;

/**
 * Narrow enough that an ordinary chart fits the narrowest desktop column, an exercise's figure
 * (~575 px inside): wider, its right end hid behind a sideways scroll and labels looked cut.
 */
const MIN_WIDTH = 560;
const MAX_WIDTH = 1200;
const PAD_LEFT = 12;
const PAD_RIGHT = 32;
const AXIS_Y = 22;
const ROWS_TOP = 26;
const ROW_HEIGHT = 22;
const BAR_HEIGHT = 14;
/** Drawn bars are at least this wide, so 0-length spans stay visible. */
const MIN_BAR = 2;
/** Space kept between bars that touch in a row. */
const BAR_GAP = 2;
/** The chart widens (up to MAX_WIDTH) until the shortest span is at least this wide. */
const READABLE_BAR = 3;
const MAX_LABEL_PX = 280;
const IN_FLIGHT_HEIGHT = 36;

/** Escapes text for HTML and SVG content and for quoted attribute values. */
/** ` name="value"` pairs, every value escaped. */
function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([name, value]) => ` ${name}="${escapeHtml(String(value))}"`)
    .join('');
}

/** Coordinates to a tenth of a pixel keep the markup short. */
const px = (value: number): number => Math.round(value * 10) / 10;

/** The inner HTML of a `<figure data-lab="timeline">` for these spans. */
export function renderTimeline(spans: Span[], options: TimelineOptions): string {
  const text = timelineText(options.locale);
  if (spans.length === 0) return `<p class="al-tl-empty">${escapeHtml(text.empty)}</p>`;
  const say = (ms: number) => formatMs(ms, options.locale);

  const operations = spans.filter((span) => span.kind !== 'blocked').sort(byStart);
  const blocked = spans.filter((span) => span.kind === 'blocked').sort(byStart);
  const lanes = assignLanes(operations);
  const shown = lanes.slice(0, MAX_ROWS);
  const hidden = operations.length - shown.reduce((sum, lane) => sum + lane.spans.length, 0);

  const elapsed = Math.max(options.totalMs, ...spans.map((span) => Math.max(span.end, span.queuedAt ?? 0)));
  const axis = timeAxis(elapsed);
  const shortest = spans.reduce((min, span) => (span.end > span.start ? Math.min(min, span.end - span.start) : min), Infinity);
  const plotWidth = Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, (READABLE_BAR * axis.end) / shortest + PAD_LEFT + PAD_RIGHT)) - PAD_LEFT - PAD_RIGHT;
  const baseWidth = PAD_LEFT + plotWidth + PAD_RIGHT;
  const x = (ms: number) => px(PAD_LEFT + (Math.max(0, ms) / axis.end) * plotWidth);

  const steps = inFlightSteps(operations);
  const peak = steps.reduce((max, [, open]) => Math.max(max, open), 0);
  const rowsBottom = ROWS_TOP + Math.max(1, shown.length) * ROW_HEIGHT;
  const chartBottom = rowsBottom + 24 + IN_FLIGHT_HEIGHT;
  const legendY = chartBottom + 20;
  const height = legendY + 8;

  const blockedMs = blocked.reduce((sum, span) => sum + (span.end - span.start), 0);
  const summary = text.summary(operations.length, say(elapsed), peak, blockedMs > 0 || blocked.length > 0 ? say(blockedMs) : '');
  const titleId = `${options.idPrefix ?? `al-tl-${hashSpans(spans, options)}`}-title`;
  const describe = (span: Span, label: string) => {
    const notes = [span.queuedAt !== undefined && span.queuedAt < span.start ? text.queued(say(span.start - span.queuedAt)) : '', text.outcome[span.outcome]];
    return text.describe(label, `${say(span.start)} → ${say(span.end)} (${say(span.end - span.start)})`, notes.filter(Boolean));
  };
  const spanAttrs = (span: Span, className: string, lane?: number) =>
    attrs({
      class: className,
      'data-lab': 'span',
      'data-label': span.label,
      'data-start': Math.round(span.start),
      'data-end': Math.round(span.end),
      'data-kind': span.kind,
      'data-outcome': span.outcome,
      ...(lane === undefined ? {} : { 'data-lane': lane }),
    });

  const body: string[] = [drawAxis(axis, x, chartBottom)];
  for (const span of blocked) {
    const left = x(span.start);
    body.push(
      `<g${spanAttrs(span, 'al-tl-blocked')}><title>${escapeHtml(describe(span, text.loopBlocked))}</title>` +
        `<rect${attrs({ class: 'al-tl-band', x: left, y: ROWS_TOP, width: Math.max(MIN_BAR, px(x(span.end) - left)), height: rowsBottom - ROWS_TOP })}/></g>`,
    );
  }

  // Bars in start order (the order the runner contract has always listed spans in), each in its lane.
  const bars = shown.flatMap((lane, index) => lane.spans.map((span, i) => ({ span, index, before: lane.spans[i - 1], after: lane.spans[i + 1] })));
  const labels: string[] = [];
  let rightmost = 0;
  for (const { span, index, before, after } of bars.sort((a, b) => byStart(a.span, b.span))) {
    const top = ROWS_TOP + index * ROW_HEIGHT;
    const start = x(span.start);
    const next = after ? x(after.start) : Infinity;
    // A gap before a bar that follows at once, so back-to-back operations stay countable.
    const barWidth = Math.max(MIN_BAR, px(Math.min(x(span.end), next - BAR_GAP) - start));
    const parts = [`<title>${escapeHtml(describe(span, span.label))}</title>`];
    // The wait for a connection, where the lane is free: an earlier bar in it may cover part of it.
    const queuedFrom = span.queuedAt === undefined ? start : Math.max(x(span.queuedAt), before ? x(before.end) + 1 : 0);
    if (queuedFrom < start) parts.push(`<line${attrs({ class: 'al-tl-queue', x1: queuedFrom, x2: start, y1: top + 11, y2: top + 11 })}/>`);
    const bar = { y: top + (ROW_HEIGHT - BAR_HEIGHT) / 2, height: BAR_HEIGHT };
    if (span.outcome === 'pending' && barWidth >= 8) {
      // The operation was still running when the run ended: its end fades out.
      const tail = px(Math.min(16, barWidth / 2));
      parts.push(`<rect${attrs({ class: 'al-tl-bar', x: start, width: px(barWidth - tail), ...bar })}/>`);
      parts.push(`<rect${attrs({ class: 'al-tl-bar al-tl-tail', x: px(start + barWidth - tail), width: tail, ...bar })}/>`);
    } else {
      parts.push(`<rect${attrs({ class: 'al-tl-bar', x: start, width: barWidth, ...bar })}/>`);
    }
    if (!before) {
      // The lane's label, once, beside its first bar; drawn after every bar so none covers it.
      const label = fitText(span.label, MAX_LABEL_PX);
      const spot = placeLabel(textWidth(label), start, start + barWidth, next, baseWidth);
      rightmost = Math.max(rightmost, labelEnd(spot, textWidth(label)));
      labels.push(`<text${attrs({ class: 'al-tl-label', x: px(spot.x), y: top + 15, 'text-anchor': spot.anchor })}>${escapeHtml(label)}</text>`);
    }
    body.push(`<g${spanAttrs(span, `al-tl-op al-tl-k-${span.kind} al-tl-${span.outcome}`, index)}>${parts.join('')}</g>`);
  }

  body.push(`<g class="al-tl-labels">${labels.join('')}</g>`, drawInFlight(steps, peak, x, axis.end, chartBottom, text.inFlight(peak)));
  const legend = drawLegend(spans, legendY, text.loopBlocked);
  body.push(legend.markup, '</svg>');
  // Labels never run past the edge: the right padding grows to fit them.
  const width = widthFor(baseWidth, Math.max(rightmost, legend.end));
  const svg = [
    // The time scale, for marks drawn later on the chart (the inspector's playhead).
    `<svg${attrs({ class: 'al-tl', role: 'img', 'aria-labelledby': titleId, width, height, viewBox: `0 0 ${width} ${height}`, 'data-x0': x(0), 'data-x1': x(axis.end), 'data-end-ms': axis.end, 'data-y0': AXIS_Y, 'data-y1': chartBottom })}>`,
    `<title${attrs({ id: titleId })}>${escapeHtml(summary)}</title>`,
    ...body,
  ];

  const note = hidden > 0 ? `<p class="al-tl-more">${escapeHtml(text.more(hidden))}</p>` : '';
  // The text alternative lists every span, drawn or not, up to MAX_TABLE_ROWS.
  const listed = [...operations, ...blocked].sort(byStart);
  const tableRows = listed.slice(0, MAX_TABLE_ROWS).map((span) => {
    const label = span.kind === 'blocked' ? text.loopBlocked : span.label;
    const outcome = text.outcome[span.outcome];
    const cells = [label, outcome ? `${span.kind} (${outcome})` : span.kind, say(span.start), say(span.end), say(span.end - span.start)];
    return `<tr>${cells.map((cell) => `<td>${escapeHtml(cell)}</td>`).join('')}</tr>`;
  });
  if (listed.length > MAX_TABLE_ROWS) tableRows.push(`<tr><td colspan="5">${escapeHtml(text.more(listed.length - MAX_TABLE_ROWS))}</td></tr>`);
  const head = text.headers.map((header) => `<th scope="col">${escapeHtml(header)}</th>`).join('');
  const table =
    `<table class="sr-only"><caption>${escapeHtml(summary)}</caption>` + `<thead><tr>${head}</tr></thead><tbody>${tableRows.join('')}</tbody></table>`;
  return svg.join('') + note + table;
}

/** Tick labels above the axis line, and faint grid lines down through the rows and the chart. */
function drawAxis(axis: TimeAxis, x: (ms: number) => number, bottom: number): string {
  const parts = [`<g class="al-tl-axis">`, `<line${attrs({ class: 'al-tl-axis-line', x1: x(0), x2: x(axis.end), y1: AXIS_Y, y2: AXIS_Y })}/>`];
  for (const tick of axis.ticks) {
    const at = x(tick);
    parts.push(
      `<line${attrs({ class: 'al-tl-grid', x1: at, x2: at, y1: AXIS_Y, y2: bottom })}/>`,
      `<line${attrs({ class: 'al-tl-tick', x1: at, x2: at, y1: AXIS_Y - 4, y2: AXIS_Y })}/>`,
      `<text${attrs({ class: 'al-tl-tick-label', x: at, y: 13, 'text-anchor': tick === 0 ? 'start' : 'middle' })}>${escapeHtml(tickLabel(tick, axis.unit))}</text>`,
    );
  }
  return `${parts.join('')}</g>`;
}

/** How many operations were open over time, as a filled step line with its peak marked. */
function drawInFlight(steps: Array<[number, number]>, peak: number, x: (ms: number) => number, end: number, bottom: number, label: string): string {
  const y = (open: number) => px(peak === 0 ? bottom : bottom - (open / peak) * IN_FLIGHT_HEIGHT);
  const line = [`M${x(0)} ${bottom}`, ...steps.map(([time, open]) => `H${x(time)} V${y(open)}`), `H${x(end)}`].join(' ');
  const top = y(peak);
  return (
    `<g${attrs({ class: 'al-tl-inflight', 'data-lab': 'in-flight', 'data-max': peak })}>` +
    `<text${attrs({ class: 'al-tl-inflight-label', x: PAD_LEFT, y: top - 6 })}>${escapeHtml(label)}</text>` +
    `<line${attrs({ class: 'al-tl-inflight-max', x1: x(0), x2: x(end), y1: top, y2: top })}/>` +
    `<line${attrs({ class: 'al-tl-axis-line', x1: x(0), x2: x(end), y1: bottom, y2: bottom })}/>` +
    `<path${attrs({ class: 'al-tl-inflight-area', d: `${line} V${bottom} Z` })}/>` +
    `<path${attrs({ class: 'al-tl-inflight-line', d: line })}/></g>`
  );
}

/** A swatch and a name for each kind of span in the run. */
function drawLegend(spans: Span[], y: number, loopBlocked: string): { markup: string; end: number } {
  const parts = [`<g class="al-tl-legend">`];
  let left = PAD_LEFT;
  for (const kind of spanKinds.filter((kind) => spans.some((span) => span.kind === kind))) {
    const name = kind === 'blocked' ? loopBlocked : kind;
    const swatch = kind === 'blocked' ? 'al-tl-swatch al-tl-band' : `al-tl-swatch al-tl-k-${kind}`;
    parts.push(
      `<rect${attrs({ class: swatch, x: left, y: y - 9, width: 10, height: 10 })}/>`,
      `<text${attrs({ class: 'al-tl-legend-label', x: left + 14, y })}>${escapeHtml(name)}</text>`,
    );
    left += 14 + textWidth(name) + 16;
  }
  return { markup: `${parts.join('')}</g>`, end: left - 16 };
}

/** FNV-1a over the spans, so two different timelines on one page get different ids. */
function hashSpans(spans: Span[], options: TimelineOptions): string {
  const parts = spans.map((span) => `|${span.id},${span.kind},${span.start},${span.end},${span.label}`);
  return fnv1a(`${options.locale}${options.totalMs}`, ...parts).toString(36);
}

import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Span } from '../../lab';
import { MAX_ROWS, renderTimeline } from './timeline';
import { labelEnd, placeLabel, widthFor } from './timeline-lanes';
import { fitText, textWidth, tickLabel, timeAxis } from './timeline-scale';

let nextId = 1;
function span(label: string, start: number, end: number, extra: Partial<Span> = {}): Span {
  return { id: nextId++, label, kind: 'request', start, end, outcome: 'ok', ...extra };
}

/** The attributes of every `<tag ...>` whose attributes match `filter`, in document order. */
function elements(html: string, tag: string, filter = ''): Array<Record<string, string>> {
  const found: Array<Record<string, string>> = [];
  for (const [, body = ''] of html.matchAll(new RegExp(`<${tag}((?:\\s[^>]*)?)/?>`, 'g'))) {
    if (!body.includes(filter)) continue;
    found.push(Object.fromEntries([...body.matchAll(/([\w:-]+)="([^"]*)"/g)].map(([, name = '', value = '']) => [name, value])));
  }
  return found;
}
const spanGroups = (html: string) => elements(html, 'g', 'data-lab="span"');
/** The `<g>` of every drawn operation (bars, not blocked bands), in document order. */
const rowGroups = (html: string) => elements(html, 'g', 'al-tl-op');
/** How many rows (lanes) are drawn: the distinct data-lane values of the operations. */
const laneCount = (html: string) => new Set(rowGroups(html).map((group) => group['data-lane'])).size;
const barCount = (html: string) => count(html, '<rect class="al-tl-bar"');
const labelTexts = (html: string) => [...html.matchAll(/<text class="al-tl-label"[^>]*>([^<]*)</g)].map(([, label]) => label);
/** The `<g>` element for the span with this label, up to its closing tag. */
const groupOf = (html: string, label: string) => new RegExp(`<g[^>]*data-label="${label}"[^>]*>.*?</g>`).exec(html)?.[0] ?? '';
const tickLabels = (html: string) => [...html.matchAll(/class="al-tl-tick-label"[^>]*>([^<]*)</g)].map(([, label]) => label);
const count = (html: string, text: string) => html.split(text).length - 1;

/** Three requests that overlap: the classic "at most 3 at once" run, 1 s long. */
const threeRequests = () => [span('GET /delay/300', 200, 500), span('GET /delay/1000', 0, 1000), span('GET /delay/600', 100, 700)];

describe('renderTimeline', () => {
  test('draws one row per operation in start order, with its data attributes', () => {
    const html = renderTimeline(threeRequests(), { totalMs: 1000, locale: 'en' });
    expect(html.startsWith('<svg')).toBe(true);
    expect(rowGroups(html).map((row) => [row['data-label'], row['data-start'], row['data-end'], row['data-kind'], row['data-outcome']])).toEqual([
      ['GET /delay/1000', '0', '1000', 'request', 'ok'],
      ['GET /delay/600', '100', '700', 'request', 'ok'],
      ['GET /delay/300', '200', '500', 'request', 'ok'],
    ]);
    expect(groupOf(html, 'GET /delay/600')).toContain('<title>GET /delay/600: 100 ms → 700 ms (600 ms)</title>');
  });

  test('ties in start time are ordered by id, and data-start/data-end are rounded', () => {
    const late = span('b', 10.4, 20.6);
    const early = { ...span('a', 10.4, 30), id: late.id - 1 };
    const rows = rowGroups(renderTimeline([late, early], { totalMs: 40, locale: 'en' }));
    expect(rows.map((row) => [row['data-label'], row['data-start'], row['data-end']])).toEqual([
      ['a', '10', '30'],
      ['b', '10', '21'],
    ]);
  });

  test('the SVG is an image named by its own title, which summarises the run', () => {
    const html = renderTimeline(threeRequests(), { totalMs: 1000, locale: 'en' });
    const [svg] = elements(html, 'svg');
    expect(svg?.role).toBe('img');
    const title = new RegExp(`<title id="${svg?.['aria-labelledby']}">([^<]*)</title>`).exec(html);
    expect(title?.[1]).toBe('Timeline: 3 operations over 1.00 s, at most 3 at once');
  });

  test('a run of 1 s or more has nice ticks labelled in seconds', () => {
    const html = renderTimeline(threeRequests(), { totalMs: 1000, locale: 'en' });
    expect(tickLabels(html)).toEqual(['0', '0.2 s', '0.4 s', '0.6 s', '0.8 s', '1 s']);
    const long = renderTimeline([span('GET /slow', 0, 2600)], { totalMs: 2600, locale: 'en' });
    expect(tickLabels(long)).toEqual(['0', '0.5 s', '1 s', '1.5 s', '2 s', '2.5 s', '3 s']);
  });

  test('a short run has ticks in ms', () => {
    const html = renderTimeline([span('sleep(250)', 0, 250, { kind: 'sleep' })], { totalMs: 250, locale: 'en' });
    expect(tickLabels(html)).toEqual(['0', '50 ms', '100 ms', '150 ms', '200 ms', '250 ms']);
  });

  test('the axis covers spans that end after totalMs', () => {
    const html = renderTimeline([span('GET /late', 0, 1800)], { totalMs: 1000, locale: 'en' });
    expect(tickLabels(html).at(-1)).toBe('2 s');
  });

  test('a request that waited for a connection draws a dashed line from queuedAt to its start', () => {
    const spans = [span('GET /a', 0, 500), span('GET /b', 500, 1000, { queuedAt: 0 })];
    const html = renderTimeline(spans, { totalMs: 1000, locale: 'en' });
    expect(count(groupOf(html, 'GET /a'), 'al-tl-queue')).toBe(0);
    const [line] = elements(groupOf(html, 'GET /b'), 'line', 'al-tl-queue');
    const [bar] = elements(groupOf(html, 'GET /b'), 'rect', 'al-tl-bar');
    expect(Number(line?.x1)).toBeLessThan(Number(line?.x2));
    expect(line?.x2).toBe(bar?.x);
    expect(readCss()).toMatch(/\.al-tl-queue \{[^}]*stroke-dasharray/);
  });

  test('blocked stretches are bands across all rows, not rows', () => {
    const spans = [...threeRequests(), span('loop blocked', 700, 950, { kind: 'blocked' }), span('blockFor(250)', 700, 950, { kind: 'blockFor' })];
    const html = renderTimeline(spans, { totalMs: 1000, locale: 'en' });
    expect(rowGroups(html).map((row) => row['data-kind'])).toEqual(['request', 'request', 'request', 'blockFor']);
    expect(spanGroups(html)).toHaveLength(5);
    const bands = elements(html, 'g', 'al-tl-blocked');
    expect(bands).toEqual([expect.objectContaining({ 'data-lab': 'span', 'data-kind': 'blocked', 'data-start': '700', 'data-end': '950' })]);
    const band = groupOf(html, 'loop blocked');
    expect(band).toContain('<title>loop blocked: 700 ms → 950 ms (250 ms)</title>');
    const [rect] = elements(band, 'rect');
    expect(Number(rect?.height)).toBe(4 * 22);
    expect(html).toContain('at most 3 at once; loop blocked for 250 ms</title>');
  });

  test('the in-flight chart labels its peak', () => {
    const spans = [...threeRequests(), span('sleep(100)', 800, 900, { kind: 'sleep' }), span('loop blocked', 0, 900, { kind: 'blocked' })];
    const html = renderTimeline(spans, { totalMs: 1000, locale: 'en' });
    expect(elements(html, 'g', 'data-lab="in-flight"')).toEqual([expect.objectContaining({ 'data-max': '3' })]);
    expect(html).toContain('>in flight: max 3</text>');
    expect(renderTimeline([span('a', 0, 10), span('b', 10, 20)], { totalMs: 20, locale: 'en' })).toContain('>in flight: max 1</text>');
  });

  test('error, aborted and pending operations are marked by class; a pending bar fades at its end', () => {
    const spans = [span('bad', 0, 100, { outcome: 'error' }), span('cut', 0, 100, { outcome: 'aborted' }), span('open', 0, 100, { outcome: 'pending' })];
    const html = renderTimeline(spans, { totalMs: 100, locale: 'en' });
    expect(rowGroups(html).map((row) => row.class)).toEqual([
      'al-tl-op al-tl-k-request al-tl-error',
      'al-tl-op al-tl-k-request al-tl-aborted',
      'al-tl-op al-tl-k-request al-tl-pending',
    ]);
    expect(count(groupOf(html, 'open'), 'al-tl-tail')).toBe(1);
    expect(groupOf(html, 'bad')).toContain('(100 ms), failed</title>');
  });

  test('a 0-length span stays visible, and no colour is set in the markup', () => {
    const html = renderTimeline([span('sleep(0)', 50, 50, { kind: 'sleep' }), span('x', 0, 100)], { totalMs: 100, locale: 'en' });
    const [bar] = elements(groupOf(html, 'sleep\\(0\\)'), 'rect');
    expect(Number(bar?.width)).toBe(2);
    expect(html).not.toMatch(/\s(fill|stroke|style|color)=/);
  });

  test('the chart is at least 560 px wide (it fits an exercise on a desktop page), widens for short spans, and keeps labels inside', () => {
    const wide = [span('blockFor(1)', 0, 1, { kind: 'blockFor' }), span(`GET /${'x'.repeat(300)}`, 0, 3000)];
    for (const [spans, totalMs] of [
      [threeRequests(), 1000],
      [wide, 3000],
    ] as const) {
      const html = renderTimeline([...spans], { totalMs, locale: 'en' });
      const [svg] = elements(html, 'svg');
      const width = Number(svg?.width);
      expect(width).toBeGreaterThanOrEqual(560);
      expect(svg?.viewBox).toBe(`0 0 ${width} ${svg?.height}`);
      const labels = [...html.matchAll(/<text class="al-tl-label" x="([\d.]+)" y="[\d.]+" text-anchor="(start|end)">([^<]*)</g)];
      expect(labels).toHaveLength(spans.length);
      for (const match of labels) {
        const [, x = '', anchor, label = ''] = match;
        const left = anchor === 'start' ? Number(x) : Number(x) - textWidth(label);
        expect(left).toBeGreaterThanOrEqual(0);
        expect(left + textWidth(label)).toBeLessThanOrEqual(width);
      }
    }
    expect(Number(elements(renderTimeline(threeRequests(), { totalMs: 1000, locale: 'en' }), 'svg')[0]?.width)).toBe(560);
    expect(Number(elements(renderTimeline(wide, { totalMs: 3000, locale: 'en' }), 'svg')[0]?.width)).toBe(1200);
  });

  test('a text alternative lists every operation with its times', () => {
    const html = renderTimeline([...threeRequests(), span('loop blocked', 700, 950, { kind: 'blocked' })], { totalMs: 1000, locale: 'en' });
    expect(html).toMatch(/<\/svg><table class="sr-only"><caption>Timeline: 3 operations over 1.00 s, at most 3 at once; loop blocked for 250 ms<\/caption>/);
    expect([...html.matchAll(/<th scope="col">([^<]*)</g)].map(([, header]) => header)).toEqual(['Operation', 'Kind', 'Start', 'End', 'Duration']);
    const cells = [...html.matchAll(/<tr><td>(.*?)<\/td><\/tr>/g)].map(([, row = '']) => row.split('</td><td>'));
    expect(cells).toEqual([
      ['GET /delay/1000', 'request', '0 ms', '1.00 s', '1.00 s'],
      ['GET /delay/600', 'request', '100 ms', '700 ms', '600 ms'],
      ['GET /delay/300', 'request', '200 ms', '500 ms', '300 ms'],
      ['loop blocked', 'blocked', '700 ms', '950 ms', '250 ms'],
    ]);
  });

  test('with nothing traced it says so, without an SVG', () => {
    expect(renderTimeline([], { totalMs: 5, locale: 'en' })).toBe('<p class="al-tl-empty">Nothing was traced: this run did not sleep, request, or block.</p>');
    const zh = renderTimeline([], { totalMs: 5, locale: 'zh' });
    expect(zh).toContain('没有可显示的时间线：这次运行没有等待、请求或阻塞。');
    expect(zh).not.toContain('<svg');
  });

  test(`past ${MAX_ROWS} rows it draws the first ${MAX_ROWS} and says how many more; bands, chart and table cover all`, () => {
    const spans = Array.from({ length: 250 }, (_, i) => span(`sleep(${i})`, i * 10, i * 10 + 5, { kind: 'sleep' }));
    spans.push(span('GET /a', 2600, 2650), span('GET /b', 2600, 2650), span('loop blocked', 2300, 2400, { kind: 'blocked' }));
    const html = renderTimeline(spans, { totalMs: 2700, locale: 'en' });
    expect(rowGroups(html)).toHaveLength(MAX_ROWS);
    expect(rowGroups(html).at(-1)?.['data-label']).toBe('sleep(199)');
    expect(html).toContain('<p class="al-tl-more">…and 52 more</p>');
    expect(elements(html, 'g', 'al-tl-blocked')).toHaveLength(1);
    expect(elements(html, 'g', 'data-lab="in-flight"')[0]?.['data-max']).toBe('2');
    expect(html).toContain('Timeline: 252 operations over 2.70 s, at most 2 at once');
    expect(count(html, '<tr><td>')).toBe(253);
    expect(renderTimeline(spans, { totalMs: 2700, locale: 'zh' })).toContain('……另外还有 52 个');
  });

  test(`${MAX_ROWS} counts rows, not operations: a lane of 300 bars is one row`, () => {
    const ticks = Array.from({ length: 300 }, (_, i) => span('tick', i * 10, i * 10 + 10, { kind: 'sleep' }));
    const parallel = Array.from({ length: 250 }, (_, i) => span(`GET /page/${i}`, 1, 2000));
    const html = renderTimeline([...ticks, ...parallel], { totalMs: 3000, locale: 'en' });
    expect(laneCount(html)).toBe(MAX_ROWS);
    expect(rowGroups(html)).toHaveLength(300 + MAX_ROWS - 1);
    expect(
      rowGroups(html)
        .filter((group) => group['data-label'] === 'tick')
        .every((group) => group['data-lane'] === '0'),
    ).toBe(true);
    expect(html).toContain('<p class="al-tl-more">…and 51 more</p>');
    const [svg] = elements(html, 'svg');
    expect(Number(svg?.height)).toBe(Number(elements(renderTimeline(parallel.slice(0, MAX_ROWS), { totalMs: 3000, locale: 'en' }), 'svg')[0]?.height));
  });

  test('the text alternative lists at most 500 spans, then says how many more', () => {
    const spans = Array.from({ length: 600 }, (_, i) => span('sleep(1)', i, i + 1, { kind: 'sleep' }));
    const html = renderTimeline(spans, { totalMs: 600, locale: 'en' });
    expect(count(html, '<tr><td>')).toBe(500);
    expect(html).toContain('<tr><td colspan="5">…and 100 more</td></tr></tbody>');
    expect(spanGroups(html)).toHaveLength(600);
  });

  test('zh: the title, table and hover titles are in Chinese; the axis stays compact', () => {
    const spans = [...threeRequests(), span('loop blocked', 700, 950, { kind: 'blocked' })];
    const html = renderTimeline(spans, { totalMs: 1000, locale: 'zh' });
    expect(html).toContain('时间线：3 个操作，共 1.00 秒，最多同时 3 个；事件循环被阻塞共 250 毫秒</title>');
    expect(html).toContain('<caption>时间线：3 个操作');
    expect([...html.matchAll(/<th scope="col">([^<]*)</g)].map(([, header]) => header)).toEqual(['操作', '类型', '开始', '结束', '时长']);
    expect(html).toContain('<td>GET /delay/1000</td><td>request</td><td>0 毫秒</td><td>1.00 秒</td><td>1.00 秒</td>');
    expect(html).toContain('<td>事件循环被阻塞</td><td>blocked</td>');
    expect(html).toContain('<title>事件循环被阻塞：700 毫秒 → 950 毫秒 (250 毫秒)</title>');
    expect(html).toContain('>同时进行：最多 3 个</text>');
    expect(tickLabels(html)).toEqual(['0', '0.2 s', '0.4 s', '0.6 s', '0.8 s', '1 s']);
  });

  test('labels the reader controls are escaped everywhere', () => {
    const evil = `<img src=x onerror=alert(1)>"`;
    const html = renderTimeline([span(evil, 0, 100, { kind: 'fetchUser' }), span(`a'b&c`, 0, 50)], { totalMs: 100, locale: 'en' });
    expect(html).not.toContain('<img');
    expect(html).not.toContain(`>"`);
    expect(html).not.toContain(`a'b`);
    expect(html).not.toContain('b&c');
    const escaped = '&#60;img src=x onerror=alert(1)&#62;&#34;';
    expect(count(html, escaped)).toBe(4); // data-label, hover title, bar label, table cell
    expect(html).toContain(`data-label="${escaped}"`);
    expect(html).toContain(`<td>${escaped}</td>`);
    expect(html).toContain('a&#39;b&#38;c');
    // Every attribute is name="value" with no stray quotes: the markup still parses into the same elements.
    expect(rowGroups(html)).toHaveLength(2);
    expect(count(html, '<g ')).toBe(count(html, '</g>'));
  });

  test('ids are stable for the same input and differ between runs, or come from idPrefix', () => {
    const id = (html: string) => elements(html, 'svg')[0]?.['aria-labelledby'];
    const spans = threeRequests();
    expect(id(renderTimeline(spans, { totalMs: 1000, locale: 'en' }))).toBe(id(renderTimeline(spans, { totalMs: 1000, locale: 'en' })));
    expect(id(renderTimeline(spans, { totalMs: 1000, locale: 'en' }))).not.toBe(id(renderTimeline(spans.slice(1), { totalMs: 1000, locale: 'en' })));
    expect(id(renderTimeline(spans, { totalMs: 1000, locale: 'en', idPrefix: 'run-7' }))).toBe('run-7-title');
  });
});

describe('lanes', () => {
  const sleeps = (n: number, ms: number) => Array.from({ length: n }, (_, i) => span(`sleep(${ms})`, i * ms, (i + 1) * ms, { kind: 'sleep' }));

  test('30 sequential sleeps share one row of 30 bars, labelled once, each with its own span element and title', () => {
    const html = renderTimeline(sleeps(30, 100), { totalMs: 3000, locale: 'en' });
    expect(laneCount(html)).toBe(1);
    expect(barCount(html)).toBe(30);
    expect(spanGroups(html)).toHaveLength(30);
    expect(new Set(elements(html, 'rect', 'al-tl-bar').map((bar) => bar.y))).toEqual(new Set(['30']));
    expect(labelTexts(html)).toEqual(['sleep(100)']);
    // Drawn after every bar, so the bars it runs over do not hide it.
    expect(html.indexOf('class="al-tl-label"')).toBeGreaterThan(html.lastIndexOf('class="al-tl-bar"'));
    expect(count(html, '<title>sleep(100): ')).toBe(30);
    expect(groupOf(html, 'sleep\\(100\\)" data-start="2900')).toContain('<title>sleep(100): 2.90 s → 3.00 s (100 ms)</title>');
    const oneSpan = renderTimeline(sleeps(1, 100), { totalMs: 3000, locale: 'en' });
    expect(elements(html, 'svg')[0]?.height).toBe(elements(oneSpan, 'svg')[0]?.height);
  });

  test('bars that touch in a lane are kept apart by a gap, so they can be counted', () => {
    const html = renderTimeline(sleeps(2, 500), { totalMs: 1000, locale: 'en' });
    expect(laneCount(html)).toBe(1);
    const [first, second] = elements(html, 'rect', 'al-tl-bar');
    expect(Number(first?.x) + Number(first?.width)).toBeLessThan(Number(second?.x));
  });

  test('operations that overlap get rows of their own, even with the same label', () => {
    const html = renderTimeline([span('sleep(1000)', 0, 1000), span('sleep(1000)', 0, 1000), span('sleep(1000)', 1, 1001)], { totalMs: 1001, locale: 'en' });
    expect(laneCount(html)).toBe(3);
    expect(labelTexts(html)).toEqual(['sleep(1000)', 'sleep(1000)', 'sleep(1000)']);
    // One ms of overlap is enough.
    expect(laneCount(renderTimeline([span('a', 0, 501), span('a', 500, 1000)], { totalMs: 1000, locale: 'en' }))).toBe(2);
  });

  test('different labels never share a row, even end to start', () => {
    const html = renderTimeline([span('GET /a', 0, 100), span('GET /b', 100, 200), span('GET /a', 200, 300)], { totalMs: 300, locale: 'en' });
    expect(rowGroups(html).map((group) => [group['data-label'], group['data-lane']])).toEqual([
      ['GET /a', '0'],
      ['GET /b', '1'],
      ['GET /a', '0'],
    ]);
    expect(labelTexts(html)).toEqual(['GET /a', 'GET /b']);
  });

  test('a span takes the first free row with its label, in start order', () => {
    const html = renderTimeline([span('x', 0, 300), span('x', 0, 100), span('x', 150, 250), span('x', 300, 400), span('x', 150, 160)], {
      totalMs: 400,
      locale: 'en',
    });
    expect(rowGroups(html).map((group) => [group['data-start'], group['data-lane']])).toEqual([
      ['0', '0'],
      ['0', '1'],
      ['150', '1'],
      ['150', '2'],
      ['300', '0'],
    ]);
  });

  test('requests through a client with limit 3 take at most 3 rows per label; queued time shows where the row is free', () => {
    const spans = Array.from({ length: 9 }, (_, i) => {
      const round = Math.floor(i / 3);
      return span('GET /delay/1', round * 1000, round * 1000 + 1000, round > 0 ? { queuedAt: 0 } : {});
    });
    spans.push(span('GET /json', 1000, 2000, { queuedAt: 0 }));
    const html = renderTimeline(spans, { totalMs: 3000, locale: 'en' });
    expect(laneCount(html)).toBe(4);
    expect(spanGroups(html)).toHaveLength(10);
    // The row is busy until each request starts, so only GET /json, alone in its row, draws its wait.
    expect(count(html, 'al-tl-queue')).toBe(1);
    expect(count(groupOf(html, 'GET /json'), 'al-tl-queue')).toBe(1);
    expect(html).toContain('<title>GET /json: 1.00 s → 2.00 s (1.00 s), queued 1.00 s for a connection</title>');
    expect(renderTimeline(spans, { totalMs: 3000, locale: 'zh' })).toContain('<title>GET /json：1.00 秒 → 2.00 秒 (1.00 秒)，排队等连接 1.00 秒</title>');
  });

  test('a wait that starts after the row frees up is drawn from there', () => {
    const html = renderTimeline([span('GET /a', 0, 200), span('GET /a', 600, 1000, { queuedAt: 100 })], { totalMs: 1000, locale: 'en' });
    const [bar] = elements(html, 'rect', 'al-tl-bar');
    const [line] = elements(html, 'line', 'al-tl-queue');
    expect(Number(line?.x1)).toBe(Math.round((Number(bar?.x) + Number(bar?.width) + 1) * 10) / 10);
  });

  test('blocked stretches stay bands across every row', () => {
    const html = renderTimeline(
      [...sleeps(5, 100), span('loop blocked', 100, 300, { kind: 'blocked' }), span('blockFor(200)', 100, 300, { kind: 'blockFor' })],
      { totalMs: 500, locale: 'en' },
    );
    expect(laneCount(html)).toBe(2);
    expect(rowGroups(html)).toHaveLength(6);
    expect(spanGroups(html)).toHaveLength(7);
    expect(Number(elements(groupOf(html, 'loop blocked'), 'rect')[0]?.height)).toBe(2 * 22);
  });
});

describe('labels stay inside the chart', () => {
  /** [left, right] of every bar label, by the module's own width estimate. */
  const labelBoxes = (html: string) =>
    [...html.matchAll(/<text class="al-tl-label" x="([\d.]+)" y="[\d.]+" text-anchor="(start|end)">([^<]*)</g)].map(([, x = '', anchor, label = '']) => {
      const width = textWidth(label.replace(/&#(\d+);/g, (_, code: string) => String.fromCharCode(Number(code))));
      const left = anchor === 'start' ? Number(x) : Number(x) - width;
      return { label, anchor, left, right: left + width };
    });
  const svgWidth = (html: string) => Number(elements(html, 'svg')[0]?.width);

  test('a long label on a span that ends at totalMs is not cut by the right edge', () => {
    const label = 'GET /flaky?page=10&attempt=3&trace=on';
    const html = renderTimeline([span('GET /json', 0, 700), span(label, 700, 1000)], { totalMs: 1000, locale: 'en' });
    const box = labelBoxes(html).find((found) => found.label.startsWith('GET /flaky'));
    expect(box?.anchor).toBe('end');
    expect(box?.left).toBeGreaterThanOrEqual(0);
    expect((box?.left ?? 0) + textWidth(label)).toBeLessThanOrEqual(svgWidth(html));
  });

  test('when neither side has room the label goes over its bar, still inside', () => {
    const label = `GET /${'y'.repeat(40)}`;
    const html = renderTimeline([span(label, 30, 1000)], { totalMs: 1000, locale: 'en' });
    const [box] = labelBoxes(html);
    const [bar] = elements(html, 'rect', 'al-tl-bar');
    expect(box?.anchor).toBe('start');
    expect(box?.left).toBeGreaterThan(Number(bar?.x));
    expect(box?.right).toBeLessThanOrEqual(svgWidth(html));
  });

  test.each([
    ['short bars at the end', Array.from({ length: 6 }, (_, i) => span(`GET /flaky?page=${i + 5}`, 990 + i, 1000))],
    ['Chinese labels', [span('请求用户资料（第十页）', 800, 1000), span('请求用户资料', 0, 1000)]],
    ['a 0-length span at the end', [span('sleep(0) at the very end', 1000, 1000, { kind: 'sleep' }), span('x', 0, 10)]],
    ['wide charts', [span('blockFor(1)', 0, 1, { kind: 'blockFor' }), span(`GET /${'z'.repeat(300)}`, 2990, 3000)]],
  ])('%s', (_, spans) => {
    const html = renderTimeline(spans, { totalMs: Math.max(...spans.map((one) => one.end)), locale: 'en' });
    const boxes = labelBoxes(html);
    expect(boxes.length).toBeGreaterThan(0);
    for (const box of boxes) {
      expect(box.left).toBeGreaterThanOrEqual(0);
      expect(box.right).toBeLessThanOrEqual(svgWidth(html));
    }
  });

  test('placeLabel prefers right, then left, then over the bar; the chart widens to fit', () => {
    expect(placeLabel(50, 100, 200, Infinity, 640)).toEqual({ x: 206, anchor: 'start' });
    expect(placeLabel(50, 100, 200, 240, 640)).toEqual({ x: 94, anchor: 'end' });
    expect(placeLabel(50, 500, 600, Infinity, 640)).toEqual({ x: 494, anchor: 'end' });
    const over = placeLabel(700, 20, 30, Infinity, 640);
    expect(over).toEqual({ x: 24, anchor: 'start' });
    expect(labelEnd(over, 700)).toBe(724);
    expect(widthFor(640, labelEnd(over, 700))).toBe(728);
    expect(widthFor(640, 300)).toBe(640);
  });
});

describe('timeAxis', () => {
  test.each([1, 3, 7, 10, 90, 250, 999, 1000, 1001, 2600, 4321, 12_000, 59_999, 600_000])('%i ms gets 4 to 8 nice ticks that cover it', (ms) => {
    const axis = timeAxis(ms);
    expect(axis.ticks.length).toBeGreaterThanOrEqual(4);
    expect(axis.ticks.length).toBeLessThanOrEqual(8);
    expect(axis.ticks[0]).toBe(0);
    expect(axis.end).toBeGreaterThanOrEqual(ms);
    expect(axis.end - axis.step).toBeLessThan(ms);
    const mantissa = Number((axis.step / 10 ** Math.floor(Math.log10(axis.step))).toFixed(6));
    expect([1, 2, 5]).toContain(mantissa);
    expect(axis.unit).toBe(ms < 1000 ? 'ms' : 's');
  });

  test('an empty run still gets an axis', () => {
    expect(timeAxis(0)).toEqual({ end: 1, step: 0.2, ticks: [0, 0.2, 0.4, 0.6, 0.8, 1], unit: 'ms' });
  });

  test('tick labels are compact', () => {
    expect([0, 250, 1500, 60_000].map((ms) => tickLabel(ms, 's'))).toEqual(['0', '0.25 s', '1.5 s', '60 s']);
    expect(tickLabel(0.6000000000000001, 'ms')).toBe('0.6 ms');
  });

  test('long labels are cut to fit, wide characters counted wider', () => {
    expect(fitText('short', 100)).toBe('short');
    expect(textWidth(fitText('x'.repeat(100), 100))).toBeLessThanOrEqual(100);
    expect(textWidth('请求')).toBeGreaterThan(textWidth('ab'));
  });
});

function readCss(): string {
  return readFileSync(new URL('./timeline.css', import.meta.url), 'utf8');
}

describe('timeline.css', () => {
  const luminance = (hex: string) => {
    const [r = 0, g = 0, b = 0] = [1, 3, 5]
      .map((i) => parseInt(hex.slice(i, i + 2), 16) / 255)
      .map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r + 0.7152 * g + 0.0722 * b;
  };
  const contrast = (a: string, b: string) => {
    const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
    return (light + 0.05) / (dark + 0.05);
  };
  // Starlight's page backgrounds: white, and hsl(224, 10%, 10%) in the dark theme.
  const themes = [
    ['light', /:root \{([^}]*)\}/, '#ffffff'],
    ['dark', /:root\[data-theme='dark'\] \{([^}]*)\}/, '#17181c'],
  ] as const;

  test.each(themes)('every kind colour has 3:1 contrast with the %s background', (_, block, background) => {
    const body = block.exec(readCss())?.[1] ?? '';
    const colours = Object.fromEntries([...body.matchAll(/--al-tl-(\w+): (#[0-9a-f]{6});/g)].map(([, name = '', hex = '']) => [name, hex]));
    expect(Object.keys(colours)).toEqual(expect.arrayContaining(['sleep', 'request', 'fetchUser', 'blockFor', 'worker', 'blocked', 'error']));
    for (const [name, hex] of Object.entries(colours)) expect([name, contrast(hex, background) >= 3]).toEqual([name, true]);
  });

  test('every al-tl class the renderer uses is styled or structural', () => {
    const spans = [span('a', 0, 10, { outcome: 'pending', queuedAt: 0 }), span('b', 0, 5, { kind: 'blocked' })];
    const html = renderTimeline(spans, { totalMs: 20, locale: 'en' });
    const used = new Set([...html.matchAll(/class="([^"]*)"/g)].flatMap(([, names = '']) => names.split(' ')).filter((name) => name.startsWith('al-tl')));
    const structural = new Set([
      'al-tl-op',
      'al-tl-labels',
      'al-tl-ok',
      'al-tl-axis',
      'al-tl-legend',
      'al-tl-blocked',
      'al-tl-inflight',
      'al-tl-legend-label',
      'al-tl-label',
    ]);
    const css = readCss();
    for (const name of used) if (!structural.has(name)) expect([name, css.includes(`.${name}`)]).toEqual([name, true]);
  });
});

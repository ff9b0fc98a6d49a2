import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import type { Span } from '../../lab/types';
import { MAX_ROWS, renderTimeline } from './timeline';
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
const rowGroups = (html: string) => elements(html, 'g', 'al-tl-row');
/** The `<g>` element for the span with this label, up to its closing tag. */
const groupOf = (html: string, label: string) => new RegExp(`<g[^>]*data-label="${label}"[^>]*>.*?</g>`).exec(html)?.[0] ?? '';
const tickLabels = (html: string) => [...html.matchAll(/class="al-tl-tick-label"[^>]*>([^<]*)</g)].map(([, label]) => label);
const count = (html: string, text: string) => html.split(text).length - 1;

/** Three requests that overlap: the classic "at most 3 at once" run, 1 s long. */
const threeRequests = () => [
  span('GET /delay/300', 200, 500),
  span('GET /delay/1000', 0, 1000),
  span('GET /delay/600', 100, 700),
];

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
    expect(rows.map((row) => [row['data-label'], row['data-start'], row['data-end']])).toEqual([['a', '10', '30'], ['b', '10', '21']]);
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
      'al-tl-row al-tl-k-request al-tl-error',
      'al-tl-row al-tl-k-request al-tl-aborted',
      'al-tl-row al-tl-k-request al-tl-pending',
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

  test('the chart is at least 640 px wide, widens for short spans, and keeps labels inside', () => {
    const wide = [span('blockFor(1)', 0, 1, { kind: 'blockFor' }), span(`GET /${'x'.repeat(300)}`, 0, 3000)];
    for (const [spans, totalMs] of [[threeRequests(), 1000], [wide, 3000]] as const) {
      const html = renderTimeline([...spans], { totalMs, locale: 'en' });
      const [svg] = elements(html, 'svg');
      const width = Number(svg?.width);
      expect(width).toBeGreaterThanOrEqual(640);
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
    expect(Number(elements(renderTimeline(threeRequests(), { totalMs: 1000, locale: 'en' }), 'svg')[0]?.width)).toBe(640);
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
    expect(zh).toContain('没有可显示的时间线:这次运行没有等待、请求或阻塞。');
    expect(zh).not.toContain('<svg');
  });

  test(`past ${MAX_ROWS} rows it draws the first ${MAX_ROWS} and says how many more; bands and the chart cover all`, () => {
    const spans = Array.from({ length: 250 }, (_, i) => span(`sleep(${i})`, i * 10, i * 10 + 5, { kind: 'sleep' }));
    spans.push(span('GET /a', 2600, 2650), span('GET /b', 2600, 2650), span('loop blocked', 2300, 2400, { kind: 'blocked' }));
    const html = renderTimeline(spans, { totalMs: 2700, locale: 'en' });
    expect(rowGroups(html)).toHaveLength(MAX_ROWS);
    expect(rowGroups(html).at(-1)?.['data-label']).toBe('sleep(199)');
    expect(html).toContain('<p class="al-tl-more">…and 52 more</p>');
    expect(elements(html, 'g', 'al-tl-blocked')).toHaveLength(1);
    expect(elements(html, 'g', 'data-lab="in-flight"')[0]?.['data-max']).toBe('2');
    expect(html).toContain('Timeline: 252 operations over 2.70 s, at most 2 at once');
    expect(count(html, '<tr><td>')).toBe(MAX_ROWS + 1);
    expect(renderTimeline(spans, { totalMs: 2700, locale: 'zh' })).toContain('……另外还有 52 个');
  });

  test('zh: the title, table and hover titles are in Chinese; the axis stays compact', () => {
    const spans = [...threeRequests(), span('loop blocked', 700, 950, { kind: 'blocked' })];
    const html = renderTimeline(spans, { totalMs: 1000, locale: 'zh' });
    expect(html).toContain('时间线:3 个操作,共 1.00 秒,最多同时 3 个;事件循环被阻塞共 250 毫秒</title>');
    expect(html).toContain('<caption>时间线:3 个操作');
    expect([...html.matchAll(/<th scope="col">([^<]*)</g)].map(([, header]) => header)).toEqual(['操作', '类型', '开始', '结束', '时长']);
    expect(html).toContain('<td>GET /delay/1000</td><td>request</td><td>0 毫秒</td><td>1.00 秒</td><td>1.00 秒</td>');
    expect(html).toContain('<td>事件循环被阻塞</td><td>blocked</td>');
    expect(html).toContain('<title>事件循环被阻塞: 700 毫秒 → 950 毫秒 (250 毫秒)</title>');
    expect(html).toContain('>同时进行:最多 3 个</text>');
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
    const [r = 0, g = 0, b = 0] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
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
    const structural = new Set(['al-tl-row', 'al-tl-ok', 'al-tl-axis', 'al-tl-legend', 'al-tl-blocked', 'al-tl-inflight', 'al-tl-legend-label', 'al-tl-label']);
    const css = readCss();
    for (const name of used) if (!structural.has(name)) expect([name, css.includes(`.${name}`)]).toEqual([name, true]);
  });
});

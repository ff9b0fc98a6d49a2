import { describe, expect, test } from 'vitest';
import { pathsOutsideBase, prefixLinks } from './base-links.mjs';

describe('links under a base path', () => {
  test('root links in anchors get the base, once', () => {
    const html =
      '<a href="/playground/">P</a><a class="x" href="/async-lab/zh/">Z</a><a href="https://example.org/">E</a><a href="#top">T</a><a href="//cdn.example/x">C</a><a href="/async-lab">H</a>';
    expect(prefixLinks(html, '/async-lab/')).toBe(
      '<a href="/async-lab/playground/">P</a><a class="x" href="/async-lab/zh/">Z</a><a href="https://example.org/">E</a><a href="#top">T</a><a href="//cdn.example/x">C</a><a href="/async-lab">H</a>',
    );
    expect(prefixLinks(prefixLinks(html, '/async-lab/'), '/async-lab/')).toBe(prefixLinks(html, '/async-lab/'));
  });

  test('change nothing at the root', () => {
    const html = '<a href="/playground/">P</a>';
    expect(prefixLinks(html, '/')).toBe(html);
    expect(pathsOutsideBase('<img src="/x.png">', '/', 'html')).toEqual([]);
  });

  test('what still points at the root is found, in pages and stylesheets', () => {
    expect(pathsOutsideBase('<link href="/async-lab/_astro/a.css"><script src="/_astro/b.js"></script><form action="/search">', '/async-lab/', 'html')).toEqual(
      ['/_astro/b.js', '/search'],
    );
    expect(pathsOutsideBase('a{background:url(/img.png)} b{background:url("/async-lab/ok.png")} c{background:url(data:x)}', '/async-lab/', 'css')).toEqual([
      '/img.png',
    ]);
  });
});

import { describe, expect, test } from 'vitest';
import { cacheNames, joinBase, normalizeBase, stripBase } from './base-path.mjs';

describe('the base path', () => {
  test('is normalised to leading and trailing slashes', () => {
    expect(normalizeBase(undefined)).toBe('/');
    expect(normalizeBase('/')).toBe('/');
    expect(normalizeBase('async-lab')).toBe('/async-lab/');
    expect(normalizeBase('/async-lab')).toBe('/async-lab/');
    expect(normalizeBase('/a/b/')).toBe('/a/b/');
  });

  test('prefixes site paths, and changes nothing at the root', () => {
    expect(joinBase('/', '/sandbox.html')).toBe('/sandbox.html');
    expect(joinBase('/', '/')).toBe('/');
    expect(joinBase('/async-lab', '/sandbox.html')).toBe('/async-lab/sandbox.html');
    expect(joinBase('/async-lab/', '/')).toBe('/async-lab/');
    expect(joinBase('/async-lab/', 'zh/playground/')).toBe('/async-lab/zh/playground/');
  });

  test('strips itself from URL paths, and leaves paths outside it alone', () => {
    expect(stripBase('/', '/lessons/x/')).toBe('/lessons/x/');
    expect(stripBase('/async-lab/', '/async-lab/lessons/x/')).toBe('/lessons/x/');
    expect(stripBase('/async-lab/', '/async-lab/')).toBe('/');
    expect(stripBase('/async-lab/', '/async-lab')).toBe('/');
    expect(stripBase('/async-lab/', '/async-labs/x/')).toBe('/async-labs/x/');
    expect(stripBase('/async-lab/', '/lessons/x/')).toBe('/lessons/x/');
  });

  test('gives each base its own service-worker caches, and the root its old names', () => {
    expect(cacheNames('/')).toEqual({ precachePrefix: 'async-lab-precache-', onDemand: 'async-lab-on-demand' });
    const a = cacheNames('/a/');
    const b = cacheNames('/b/');
    expect(a.onDemand).not.toBe(b.onDemand);
    expect(a.precachePrefix.startsWith(b.precachePrefix)).toBe(false);
    expect(b.precachePrefix.startsWith(a.precachePrefix)).toBe(false);
    // A root copy's clean-up (names starting with its prefix) must not reach a based copy's caches.
    expect(a.precachePrefix.startsWith(cacheNames('/').precachePrefix)).toBe(false);
  });
});

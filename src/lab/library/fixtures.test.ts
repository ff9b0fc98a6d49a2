import { describe, expect, test } from 'vitest';
import { answer, findUser, pathOf, userLatency } from './fixtures';

describe('the simulated service', () => {
  test.each([
    ['/delay/1', 200, 1000],
    ['/delay/2.5', 200, 2500],
    ['/delay/99', 200, 10_000],
    ['https://httpbin.org/delay/3', 200, 3000],
    ['/status/503', 503, 1000],
    ['/status/200', 200, 1000],
    ['/json', 200, 1000],
    ['/users/2', 200, userLatency(2)],
    ['/users/42', 404, userLatency(42)],
    ['/nope', 404, 1000],
  ])('GET %s answers %i after %i ms', (url, status, latency) => {
    const got = answer(url, 1);
    expect(got.status).toBe(status);
    expect(got.latency).toBe(latency);
  });

  test('/flaky fails on every third call', () => {
    expect([1, 2, 3, 4, 5, 6].map((n) => answer('/flaky', n).status)).toEqual([200, 200, 503, 200, 200, 503]);
  });

  test('paths ignore the host and the query', () => {
    expect(pathOf('http://example.com/json?x=1')).toBe('/json');
    expect(pathOf('/delay/1#frag')).toBe('/delay/1');
    expect(pathOf('')).toBe('/');
  });

  test('users 1 to 10 exist and take 900–1100 ms, each a different time', () => {
    expect(findUser(1)).toEqual({ id: 1, name: 'Ada' });
    expect(findUser(11)).toBeUndefined();
    expect(findUser(1.5)).toBeUndefined();
    const latencies = Array.from({ length: 10 }, (_, i) => userLatency(i + 1));
    expect(Math.min(...latencies)).toBeGreaterThanOrEqual(900);
    expect(Math.max(...latencies)).toBeLessThan(1100);
    expect(new Set(latencies.slice(0, 3)).size).toBe(3);
  });
});

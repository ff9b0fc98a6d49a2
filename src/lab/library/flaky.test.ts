import { describe, expect, test } from 'vitest';
import type { Lab } from './create-lab';
import { startLab } from './testing/lab-harness';
import { answer } from './fixtures';
import { FlakyCounter, flakyAnswer, queryOf, seededUnit } from './flaky';

const statuses = (query: string, calls: number) => Array.from({ length: calls }, (_, i) => flakyAnswer(query, i + 1).status);

describe('/flaky', () => {
  test('without options it fails on every third call, as before', () => {
    expect(statuses('', 6)).toEqual([200, 200, 503, 200, 200, 503]);
    expect(statuses('page=4', 3)).toEqual([200, 200, 503]);
  });

  test('fail=N fails the first N calls, then recovers', () => {
    expect(statuses('fail=2', 5)).toEqual([503, 503, 200, 200, 200]);
    expect(statuses('fail=0', 2)).toEqual([200, 200]);
  });

  test('fail=all never recovers', () => {
    expect(statuses('fail=all', 20).every((status) => status === 503)).toBe(true);
  });

  test('seed=S gives the same failures in every run, and another seed other ones', () => {
    const three = statuses('seed=3', 40);
    expect(statuses('seed=3', 40)).toEqual(three);
    expect(statuses('seed=4', 40)).not.toEqual(three);
    const failures = three.filter((status) => status === 503).length;
    // rate 0.5 by default: about half of 40 calls.
    expect(failures).toBeGreaterThan(10);
    expect(failures).toBeLessThan(30);
  });

  test('rate sets how often a seeded URL fails', () => {
    expect(statuses('seed=1&rate=0', 30).every((status) => status === 200)).toBe(true);
    expect(statuses('seed=1&rate=1', 30).every((status) => status === 503)).toBe(true);
  });

  test('seededUnit spreads over [0, 1)', () => {
    const values = Array.from({ length: 1000 }, (_, i) => seededUnit(7, i));
    expect(Math.min(...values)).toBeGreaterThanOrEqual(0);
    expect(Math.max(...values)).toBeLessThan(1);
    expect(values.filter((v) => v < 0.5).length).toBeGreaterThan(400);
    expect(values.filter((v) => v < 0.5).length).toBeLessThan(600);
  });

  test.each([
    ['', 1000],
    ['ms=200', 200],
    ['fail=1&ms=50', 50],
    ['ms=-5', 0],
    ['ms=99999', 10_000],
    ['ms=abc', 1000],
  ])('?%s answers after %i ms', (query, latency) => {
    expect(flakyAnswer(query, 1).latency).toBe(latency);
  });

  test('the service routes /flaky with its query', () => {
    expect(answer('https://example.com/flaky?fail=1', 1).status).toBe(503);
    expect(answer('/flaky?fail=1', 2).status).toBe(200);
    expect(answer('/flaky', 3).status).toBe(503);
  });

  test('queryOf takes the query without the fragment', () => {
    expect(queryOf('/flaky?fail=2#x')).toBe('fail=2');
    expect(queryOf('/flaky')).toBe('');
  });

  test('patterned URLs count their own calls; plain ones count together', () => {
    const counter = new FlakyCounter();
    expect([counter.next('fail=2'), counter.next(''), counter.next('page=2'), counter.next('fail=2'), counter.next('seed=1'), counter.next('')]).toEqual([
      1, 1, 2, 2, 1, 3,
    ]);
  });
});

/** Runs `body` against the lab's test harness (testing/lab-harness.ts); resolves with what it printed and the spans once idle. */
async function runLab(body: (lab: Lab, log: (line: string) => void) => Promise<void>) {
  const { lab, idle } = startLab();
  const printed: string[] = [];
  await body(lab, (line) => printed.push(line));
  const { spans, errors } = await idle;
  expect(errors).toEqual([]);
  return { printed, spans };
}

describe('http.get on /flaky', () => {
  test('retrying ?fail=2 succeeds on the third call; spans show the query and their outcome', async () => {
    const run = await runLab(async (lab, log) => {
      for (let attempt = 1; ; attempt++) {
        try {
          const response = await lab.http.get('/flaky?fail=2&ms=100');
          log(`attempt ${attempt}: ${response.status} at ${lab.now()}`);
          return;
        } catch (error) {
          log(`attempt ${attempt}: ${(error as { status: number }).status} at ${lab.now()}`);
        }
      }
    });
    expect(run.printed).toEqual(['attempt 1: 503 at 100', 'attempt 2: 503 at 200', 'attempt 3: 200 at 300']);
    expect(run.spans.map((span) => [span.label, span.start, span.outcome])).toEqual([
      ['GET /flaky?fail=2&ms=100', 0, 'error'],
      ['GET /flaky?fail=2&ms=100', 100, 'error'],
      ['GET /flaky?fail=2&ms=100', 200, 'ok'],
    ]);
  });

  test('a deadline from AbortSignal.timeout aborts a /flaky request in flight', async () => {
    const run = await runLab(async (lab, log) => {
      const controller = new AbortController();
      const request = lab.http.get('/flaky?fail=all', { signal: controller.signal });
      void lab.sleep(300).then(() => controller.abort(new DOMException('deadline', 'TimeoutError')));
      await request.catch((error: Error) => log(`${error.name} at ${lab.now()}`));
    });
    expect(run.printed).toEqual(['TimeoutError at 300']);
    expect(run.spans.find((span) => span.label.startsWith('GET'))).toMatchObject({ start: 0, end: 300, outcome: 'aborted' });
  });
});

import { describe, expect, test } from 'vitest';
import { HttpError, LabResponse } from './create-lab';
import { userLatency } from './fixtures';
import type { JobWorker } from './run-in-worker';
import { startLab } from './testing/lab-harness';

describe('sleep', () => {
  test('resolves after ms on the run clock and leaves one sleep span', async () => {
    const { lab, idle } = startLab();
    const at: number[] = [];
    void lab.sleep(250).then(() => at.push(lab.now()));
    const { spans } = await idle;
    expect(at).toEqual([250]);
    expect(spans).toMatchObject([{ kind: 'sleep', label: 'sleep(250)', start: 0, end: 250, outcome: 'ok' }]);
  });

  test('an abort rejects with the signal reason at the abort time and ends the span there', async () => {
    const { lab, scheduler, idle } = startLab();
    const controller = new AbortController();
    const outcome = lab.sleep(1000, controller.signal).catch((error: unknown) => [(error as Error).name, lab.now()]);
    scheduler.setTimeout(() => controller.abort(), 300);
    expect(await outcome).toEqual(['AbortError', 300]);
    const { spans, at } = await idle;
    expect(spans).toMatchObject([{ label: 'sleep(1000)', end: 300, outcome: 'aborted' }]);
    expect(at).toBe(300);
  });

  test('an already aborted signal rejects at once without a span', async () => {
    const { lab, idle } = startLab();
    await expect(lab.sleep(10, AbortSignal.abort())).rejects.toMatchObject({ name: 'AbortError' });
    expect((await idle).spans).toEqual([]);
  });

  test.each([[-1], [Number.NaN], ['10' as unknown as number]])('sleep(%j) throws a TypeError that says what it got', (ms) => {
    const { lab } = startLab();
    expect(() => lab.sleep(ms)).toThrow(TypeError);
    expect(() => lab.sleep(ms)).toThrow(/^sleep\(ms, signal\): ms must be a number of milliseconds \(0 or more\), got /);
  });
});

describe('fetchUser', () => {
  test('three users fetched together arrive at their own latencies, in a different order', async () => {
    const { lab, idle } = startLab();
    const arrived: string[] = [];
    await Promise.all([1, 2, 3].map((id) => lab.fetchUser(id).then((user) => arrived.push(`${user.name}@${lab.now()}`))));
    const byTime = [1, 2, 3].sort((a, b) => userLatency(a) - userLatency(b));
    expect(arrived).toEqual(byTime.map((id) => `${['Ada', 'Grace', 'Linus'][id - 1]}@${userLatency(id)}`));
    expect((await idle).spans.map((span) => span.label)).toEqual(['fetchUser(1)', 'fetchUser(2)', 'fetchUser(3)']);
  });

  test('an unknown id rejects with NotFoundError and an error span', async () => {
    const { lab, idle } = startLab();
    await expect(lab.fetchUser(99)).rejects.toMatchObject({ name: 'NotFoundError', message: 'user 99 not found' });
    expect((await idle).spans).toMatchObject([{ kind: 'fetchUser', outcome: 'error' }]);
  });
});

describe('http', () => {
  test('/delay/2 answers after 2 s with a LabResponse whose body is JSON', async () => {
    const { lab, idle } = startLab();
    const response = await lab.http.get('https://httpbin.org/delay/2?x=1');
    expect(lab.now()).toBe(2000);
    expect(response).toBeInstanceOf(LabResponse);
    expect([response.url, response.status, response.ok]).toEqual(['/delay/2', 200, true]);
    expect(await response.json()).toEqual({ url: '/delay/2', delay: 2 });
    expect((await idle).spans).toMatchObject([{ kind: 'request', label: 'GET /delay/2', end: 2000, outcome: 'ok' }]);
  });

  test('a status of 400 or more rejects with an HttpError', async () => {
    const { lab } = startLab();
    const error = await lab.http.get('/status/503').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(HttpError);
    expect(error).toMatchObject({ name: 'HttpError', status: 503, url: '/status/503', message: 'GET /status/503 failed with status 503' });
  });

  test('/flaky fails on every third call of a run', async () => {
    const { lab } = startLab();
    const results = await Promise.allSettled([1, 2, 3, 4, 5, 6].map(() => lab.http.get('/flaky')));
    expect(results.map((r) => r.status)).toEqual(['fulfilled', 'fulfilled', 'rejected', 'fulfilled', 'fulfilled', 'rejected']);
  });
});

describe('createClient', () => {
  test('keeps at most `limit` requests in flight; the rest wait in line, in order', async () => {
    const { lab, idle } = startLab();
    const client = lab.createClient({ limit: 2 });
    const done: string[] = [];
    await Promise.all(['a', 'b', 'c', 'd', 'e'].map((name) => client.get('/delay/1').then(() => done.push(`${name}@${lab.now()}`))));
    expect(done).toEqual(['a@1000', 'b@1000', 'c@2000', 'd@2000', 'e@3000']);
    const { spans } = await idle;
    expect(spans.map((span) => [span.start, span.queuedAt])).toEqual([
      [0, undefined],
      [0, undefined],
      [1000, 0],
      [1000, 0],
      [2000, 0],
    ]);
    expect([client.inFlight, client.queued]).toEqual([0, 0]);
  });

  test('an abort takes a waiting request out of the line', async () => {
    const { lab, scheduler } = startLab();
    const client = lab.createClient({ limit: 1 });
    const controller = new AbortController();
    const first = client.get('/delay/1');
    const second = client.get('/delay/1', { signal: controller.signal }).catch((error: unknown) => `${(error as Error).name}@${lab.now()}`);
    const third = client.get('/delay/1').then(() => `third@${lab.now()}`);
    scheduler.setTimeout(() => controller.abort(), 100);
    await first;
    expect(await second).toBe('AbortError@100');
    expect(await third).toBe('third@2000');
  });

  test.each([[0], [1.5], [Number.NaN]])('limit %j is refused with a RangeError', (limit) => {
    const { lab } = startLab();
    expect(() => lab.createClient({ limit })).toThrow(RangeError);
    expect(() => lab.createClient({ limit })).toThrow(/^createClient\(\{ limit \}\): limit must be a whole number of 1 or more, got /);
  });
});

describe('blockFor and runInWorker', () => {
  test('blockFor records a blockFor span of the given length', async () => {
    const { lab, idle } = startLab();
    lab.blockFor(0);
    expect((await idle).spans).toMatchObject([{ kind: 'blockFor', label: 'blockFor(0)', outcome: 'ok' }]);
  });

  test('runInWorker sends the function as source, keeps the run alive until the answer, and ends its span', async () => {
    const sent: unknown[] = [];
    let answer: ((event: MessageEvent) => void) | undefined;
    const worker: JobWorker = {
      postMessage: (data) => sent.push(data),
      terminate: () => undefined,
      addEventListener: (type: string, listener: (event: never) => void) => {
        if (type === 'message') answer = listener as (event: MessageEvent) => void;
      },
    };
    const { lab, idle } = startLab({ spawnWorker: () => worker });
    const result = lab.runInWorker((n: number) => n * 2, 21);
    expect(sent).toEqual([{ source: 'self.__labJob = ((n) => n * 2);', args: [21] }]);
    setTimeout(() => answer?.({ data: { ok: true, value: 42 } } as MessageEvent), 20);
    expect(await result).toBe(42);
    expect((await idle).spans).toMatchObject([{ kind: 'worker', label: 'runInWorker(anonymous)', outcome: 'ok' }]);
  });
});

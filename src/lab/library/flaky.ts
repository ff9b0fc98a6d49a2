/**
 * The simulated service's `/flaky` route: a resource that fails now and then, in a way a run can
 * reproduce exactly, so retry code can be taught and checked.
 *
 * - `/flaky` (no options): 503 on every third call within the run, counting every /flaky call.
 * - `/flaky?fail=N`: the first N calls to this URL fail with 503, the later ones answer 200.
 * - `/flaky?fail=all`: every call fails: a service that never recovers.
 * - `/flaky?seed=S`: each call fails with probability `rate` (default 0.5, `&rate=0.3`), drawn
 *   from a generator seeded with S and the call's number: the same seed fails on the same calls
 *   in every run.
 * - `&ms=M` on any of them: answer after M ms instead of 1000.
 *
 * With `fail` or `seed`, calls are counted per URL (its whole query), so two flaky resources in
 * one program do not disturb each other's pattern. Other query parameters (`?page=3`) only name
 * the resource.
 */

/** Plain /flaky fails on every third call within a run. */
export const flakyEvery = 3;

/** How long /flaky takes to answer when `ms` is not given. */
export const flakyLatency = 1000;

/** The longest `ms` accepted, as /delay/N stops at 10 s. */
const maxLatency = 10_000;

export interface FlakyAnswer {
  status: 200 | 503;
  latency: number;
  body: { url: string; call: number; failed: boolean };
}

/** One number in [0, 1) from a seed and a call number: the same pair, the same number (mulberry32). */
export function seededUnit(seed: number, call: number): number {
  let t = (Math.imul(seed | 0, 0x9e3779b1) + Math.imul(call | 0, 0x85ebca6b)) | 0;
  t = (t + 0x6d2b79f5) | 0;
  t = Math.imul(t ^ (t >>> 15), t | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
}

function number(params: URLSearchParams, name: string): number | undefined {
  const text = params.get(name);
  if (text === null || text.trim() === '') return undefined;
  const value = Number(text);
  return Number.isFinite(value) ? value : undefined;
}

/** The query of a URL or bare path ("" when there is none), without the fragment. */
export function queryOf(url: string): string {
  const match = /\?([^#]*)/.exec(url);
  return match?.[1] ?? '';
}

/** Whether this /flaky URL follows its own pattern (fail or seed) rather than "every third call". */
export function hasOwnPattern(query: string): boolean {
  const params = new URLSearchParams(query);
  return params.has('fail') || params.has('seed');
}

/**
 * The answer to call number `call` (1-based) of `/flaky?<query>`. For a URL with its own pattern,
 * `call` counts the calls to that URL; for plain /flaky, all /flaky calls in the run.
 */
export function flakyAnswer(query: string, call: number): FlakyAnswer {
  const params = new URLSearchParams(query);
  const ms = number(params, 'ms');
  const latency = ms === undefined ? flakyLatency : Math.min(Math.max(ms, 0), maxLatency);
  const fail = params.get('fail');
  const seed = number(params, 'seed');
  let failed: boolean;
  if (fail !== null) {
    failed = fail.trim() === 'all' || call <= (number(params, 'fail') ?? 0);
  } else if (seed !== undefined) {
    const rate = Math.min(Math.max(number(params, 'rate') ?? 0.5, 0), 1);
    failed = seededUnit(seed, call) < rate;
  } else {
    failed = call % flakyEvery === 0;
  }
  const url = query ? `/flaky?${query}` : '/flaky';
  return { status: failed ? 503 : 200, latency, body: { url, call, failed } };
}

/** Counts /flaky calls within one run: per URL for patterned ones, all together for plain ones. */
export class FlakyCounter {
  private plain = 0;
  private readonly perUrl = new Map<string, number>();

  next(query: string): number {
    if (!hasOwnPattern(query)) return ++this.plain;
    const call = (this.perUrl.get(query) ?? 0) + 1;
    this.perUrl.set(query, call);
    return call;
  }
}

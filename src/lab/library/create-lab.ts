/**
 * The `lab` library that snippets import, built inside the sandbox around the run's clock.
 * Every operation here records a span, so the timeline and the checks see what the code did.
 * Types for the editor are hand-written in lab.d.ts. The names both offer are exports.ts's list:
 * the return below must match it (the type checker) and so must lab.d.ts (exports.test.ts).
 */
import type { Scheduler } from '../clock/scheduler';
import type { SpanRecorder } from '../trace/span-recorder';
import { answer, findUser, pathOf, userLatency, type User } from './fixtures';
import type { LabExportName } from './exports';
import { runFunctionInWorker, type WorkerFactory } from './run-in-worker';
import { optionalSignal, requestOptions, requireClientOptions, requireMs, requireUrl, requireUserId } from './arguments';
import { inspect } from '../format/inspect';
import { MathRound, structuredCloneSafe } from '../sandbox/primordials';
import { FlakyCounter, queryOf } from './flaky';

export interface LabDeps {
  scheduler: Scheduler;
  /** Virtual ms since the run started. */
  now(): number;
  /** Takes back real time a spin overshot (VirtualClock.forgive). */
  forgive(ms: number): void;
  /** Real, monotonic ms: what blockFor spins on. */
  realNow(): number;
  spans: SpanRecorder;
  spawnWorker: WorkerFactory;
}

/** The error http.get and client.get reject with when the service answers 400 or above. */
export class HttpError extends Error {
  override name = 'HttpError';
  constructor(
    readonly status: number,
    readonly url: string,
  ) {
    super(`GET ${url} failed with status ${status}`);
  }
}

/** What the simulated service returns; shaped like a small fetch Response. */
export class LabResponse {
  readonly ok: boolean;
  constructor(
    readonly url: string,
    readonly status: number,
    private readonly body: unknown,
  ) {
    this.ok = status < 400;
    // Hide the body from console.log, as Node hides a Response's internals.
    Object.defineProperty(this, 'body', { enumerable: false });
  }
  async json(): Promise<unknown> {
    return structuredCloneSafe(this.body);
  }
  async text(): Promise<string> {
    return JSON.stringify(this.body);
  }
}

export interface RequestOptions {
  signal?: AbortSignal;
}

/**
 * Gives an error raised later inside the lab (when a simulated answer arrives) the stack of the
 * reader's call that asked for it, so it names their line: "at fetchOne (main.ts:5:26)".
 */
function callSite(): (error: Error) => Error {
  const site = new Error();
  return (error) => {
    const frames = String(site.stack ?? '')
      .split('\n')
      .slice(1);
    if (frames.length > 0) error.stack = [`${error.name}: ${error.message}`, ...frames].join('\n');
    return error;
  };
}

function abortReason(signal: AbortSignal): unknown {
  return signal.reason ?? new DOMException('This operation was aborted', 'AbortError');
}

export function createLab(deps: LabDeps) {
  const { scheduler, spans } = deps;
  const flakyCalls = new FlakyCounter();

  /**
   * Waits `ms` on the run's clock, recording a span of the given kind. Rejects with the
   * signal's reason on abort, ending the span there.
   */
  function wait<T>(
    kind: 'sleep' | 'request' | 'fetchUser',
    label: string,
    ms: number,
    signal: AbortSignal | undefined,
    settle: () => T,
    queuedAt?: number,
  ): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      if (signal?.aborted) return reject(abortReason(signal));
      const span = spans.start(kind, label, queuedAt === undefined ? {} : { queuedAt });
      const onAbort = () => {
        scheduler.clearLab(timer);
        spans.end(span, 'aborted');
        reject(abortReason(signal!));
      };
      const timer = scheduler.setLabTimeout(() => {
        signal?.removeEventListener('abort', onAbort);
        try {
          const value = settle();
          spans.end(span, 'ok');
          resolve(value);
        } catch (error) {
          spans.end(span, 'error');
          reject(error);
        }
      }, ms);
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  }

  function sleep(ms: number, signal?: AbortSignal, ...rest: unknown[]): Promise<void> {
    requireMs('sleep(ms, signal)', ms);
    const checked = optionalSignal('sleep(ms, signal)', 'second', signal, rest[0]);
    return wait('sleep', `sleep(${ms})`, ms, checked, () => undefined);
  }

  function now(): number {
    return MathRound(deps.now());
  }

  function fetchUser(id: number, signal?: AbortSignal, ...rest: unknown[]): Promise<User> {
    requireUserId('fetchUser(id, signal)', id);
    signal = optionalSignal('fetchUser(id, signal)', 'second', signal, rest[0]);
    const located = callSite();
    return wait('fetchUser', `fetchUser(${id})`, userLatency(id), signal, () => {
      const user = findUser(id);
      if (!user) throw located(Object.assign(new Error(`user ${id} not found`), { name: 'NotFoundError' }));
      return { ...user };
    });
  }

  function send(url: string, options: RequestOptions = {}, queuedAt?: number): Promise<LabResponse> {
    const path = pathOf(url);
    // Only /flaky reads its query (fail=, seed=, ms=), and shows it, so retries of two flaky
    // resources can be told apart on the timeline and in checks.
    const query = path === '/flaky' ? queryOf(url) : '';
    const shown = query ? `${path}?${query}` : path;
    const reply = answer(shown, path === '/flaky' ? flakyCalls.next(query) : 0);
    const located = callSite();
    return wait(
      'request',
      `GET ${shown}`,
      reply.latency,
      options.signal,
      () => {
        if (reply.status >= 400) throw located(new HttpError(reply.status, shown));
        return new LabResponse(shown, reply.status, reply.body);
      },
      queuedAt,
    );
  }

  const http = {
    /** GET a path of the simulated service: /delay/N, /status/N, /json, /flaky, /users/N. */
    get: (url: string, options?: RequestOptions, ...rest: unknown[]) =>
      send(requireUrl('http.get(url, options)', url), requestOptions('http.get(url, options)', options, rest[0])),
  };

  /** A shared "session": at most `limit` requests in flight; the others wait in line, in order. */
  class Client {
    readonly limit: number;
    inFlight = 0;
    queued = 0;
    private readonly line: Array<() => void> = [];

    constructor(limit: number) {
      this.limit = limit;
      Object.defineProperty(this, 'line', { enumerable: false });
      Object.defineProperty(this, 'get', { enumerable: false });
    }

    /** An arrow, so `urls.map(client.get)` works as readers expect of a method. */
    readonly get = (url: string, options?: RequestOptions, ...rest: unknown[]): Promise<LabResponse> =>
      this.request(requireUrl('client.get(url, options)', url), requestOptions('client.get(url, options)', options, rest[0]));

    private request(url: string, options: RequestOptions): Promise<LabResponse> {
      if (this.inFlight < this.limit) return this.run(url, options);
      const queuedAt = deps.now();
      return new Promise<LabResponse>((resolve, reject) => {
        const { signal } = options;
        if (signal?.aborted) return reject(abortReason(signal));
        const start = () => {
          signal?.removeEventListener('abort', onAbort);
          this.queued--;
          this.run(url, options, queuedAt).then(resolve, reject);
        };
        const onAbort = () => {
          const index = this.line.indexOf(start);
          if (index >= 0) this.line.splice(index, 1);
          this.queued--;
          reject(abortReason(signal!));
        };
        signal?.addEventListener('abort', onAbort, { once: true });
        this.queued++;
        this.line.push(start);
      });
    }

    private run(url: string, options: RequestOptions, queuedAt?: number): Promise<LabResponse> {
      this.inFlight++;
      const release = () => {
        this.inFlight--;
        this.line.shift()?.();
      };
      const request = send(url, options, queuedAt);
      request.then(release, release);
      return request;
    }
  }

  function createClient(options: { limit: number }): Client {
    return new Client(requireClientOptions(options));
  }

  function blockFor(ms: number): void {
    requireMs('blockFor(ms)', ms);
    const span = spans.start('blockFor', `blockFor(${ms})`);
    const start = deps.realNow();
    let now = start;
    while (now < start + ms) {
      // A real busy wait: the point is to hold the thread, as heavy synchronous code does.
      now = deps.realNow();
    }
    // On a busy machine the thread may lose the CPU near the end and wake up late: that is not
    // work the snippet did, so the run's clock counts exactly `ms`.
    deps.forgive(now - start - ms);
    spans.end(span, 'ok');
  }

  function runInWorker<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>> {
    if (typeof fn !== 'function') throw new TypeError(`runInWorker: expected a function, got ${typeof fn}`);
    const span = spans.start('worker', `runInWorker(${fn.name || 'anonymous'})`);
    const done = scheduler.beginRealWork();
    return runFunctionInWorker(deps.spawnWorker, fn.toString(), args).then(
      (value) => {
        spans.end(span, 'ok', printedValue(value));
        scheduler.enter(true);
        done();
        return value as Awaited<R>;
      },
      (error: unknown) => {
        spans.end(span, 'error');
        scheduler.enter(true);
        done();
        throw error;
      },
    );
  }

  return { sleep, now, fetchUser, http, createClient, blockFor, runInWorker } satisfies Record<LabExportName, unknown>;
}

/** What a worker job returned, as the trace keeps it: printed, and short. */
function printedValue(value: unknown): string {
  const text = inspect(value);
  return text.length > 200 ? `${text.slice(0, 200)}…` : text;
}

export type Lab = ReturnType<typeof createLab>;

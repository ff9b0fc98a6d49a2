/**
 * Types of the `lab` module that Async Lab snippets import. Hand-written, because the editor
 * shows these comments as documentation: keep them short and concrete. The implementation is
 * create-lab.ts (it runs inside the sandbox on the run's clock).
 */
declare module 'lab' {
  /**
   * Waits `ms` milliseconds on the run's clock, then resolves.
   * With a `signal`, rejects with the signal's reason (an AbortError) as soon as it is aborted.
   * @example await sleep(1000); // one second later
   */
  export function sleep(ms: number, signal?: AbortSignal): Promise<void>;
  /** As a map() callback (`delays.map(sleep)`): the index and the array are ignored. */
  export function sleep(ms: number, index: number, array: readonly number[]): Promise<void>;

  /** Milliseconds since the run started, on the run's clock (a whole number). */
  export function now(): number;

  /** A user from the simulated directory. Users 1 to 10 exist. */
  export interface User {
    id: number;
    name: string;
  }

  /**
   * Looks a user up in a simulated database: takes about one second (900–1100 ms, fixed per id).
   * Rejects with a NotFoundError for ids other than 1 to 10, and with the signal's reason on abort.
   * @example const ada = await fetchUser(1); // { id: 1, name: 'Ada' }
   */
  export function fetchUser(id: number, signal?: AbortSignal): Promise<User>;
  /** As a map() callback (`team.map(fetchUser)`): the index and the array are ignored. */
  export function fetchUser(id: number, index: number, array: readonly number[]): Promise<User>;

  /** The answer of the simulated HTTP service, shaped like a small fetch Response. */
  export interface LabResponse {
    readonly url: string;
    readonly status: number;
    readonly ok: boolean;
    /** The body as parsed JSON. `any`, like fetch's Response.json(), so snippets can read fields without casts. */
    json(): Promise<any>;
    text(): Promise<string>;
  }

  /** What http.get and client.get reject with when the service answers with status 400 or more. */
  export interface HttpError extends Error {
    name: 'HttpError';
    readonly status: number;
    readonly url: string;
  }

  export interface RequestOptions {
    /** Aborting it cancels the request, which then rejects with the signal's reason. */
    signal?: AbortSignal;
  }

  /**
   * The simulated HTTP service (httpbin-like; the host part of a URL is ignored):
   * - `/delay/N` answers 200 after N seconds
   * - `/status/N` answers with status N after 1 s
   * - `/json` answers a small JSON document after 1 s
   * - `/flaky` answers after 1 s, failing with 503 on every third call; options, reproducible in every run:
   *   `/flaky?fail=N` fails the first N calls to that URL, then answers 200 (`fail=all`: never recovers);
   *   `/flaky?seed=S` fails at random with probability 1/2 (`&rate=0.3` to change it), the same calls for the same seed;
   *   `&ms=M` answers after M ms instead of 1000
   * - `/users/N` answers user N after about 1 s (404 for unknown users)
   *
   * Statuses of 400 and more reject with an HttpError.
   */
  export const http: {
    get(url: string, options?: RequestOptions): Promise<LabResponse>;
    /** As a map() callback (`urls.map(client.get)`): the index and the array are ignored. */
    get(url: string, index: number, array: readonly string[]): Promise<LabResponse>;
  };

  /** A shared client: at most `limit` requests in flight, the others wait in line in order. */
  export interface Client {
    readonly limit: number;
    /** Requests being answered right now. */
    readonly inFlight: number;
    /** Requests waiting for a free connection. */
    readonly queued: number;
    get(url: string, options?: RequestOptions): Promise<LabResponse>;
    /** As a map() callback (`urls.map(client.get)`): the index and the array are ignored. */
    get(url: string, index: number, array: readonly string[]): Promise<LabResponse>;
  }

  /**
   * Creates a client that sends at most `limit` requests at a time, like one aiohttp session
   * with a connection limit.
   * @example const client = createClient({ limit: 3 });
   */
  export function createClient(options: { limit: number }): Client;

  /**
   * Keeps the thread busy for `ms` milliseconds of real time: a stand-in for heavy synchronous
   * work. Nothing else (timers, other tasks) can run meanwhile.
   */
  export function blockFor(ms: number): void;

  /**
   * Runs `fn(...args)` in another worker thread and resolves with its result, so heavy
   * computation does not block the loop. `fn` must be self-contained: it can use its arguments,
   * not variables from around it. Arguments and result are copied (structured clone).
   * @example const total = await runInWorker((n: number) => { let s = 0; for (let i = 0; i < n; i++) s += i; return s; }, 1e8);
   */
  export function runInWorker<A extends unknown[], R>(fn: (...args: A) => R, ...args: A): Promise<Awaited<R>>;
}

/**
 * The simulated world a snippet talks to: a user directory and an httpbin-like service.
 * Everything is deterministic, so a lesson's example prints the same thing every time and an
 * exercise's check can predict timings exactly.
 */
import { flakyAnswer, queryOf } from './flaky';

export interface User {
  id: number;
  name: string;
}

const userNames = ['Ada', 'Grace', 'Linus', 'Margaret', 'Alan', 'Barbara', 'Dennis', 'Frances', 'Ken', 'Radia'];

/** Users 1–10 exist; any other id is "not found". */
export function findUser(id: number): User | undefined {
  const name = Number.isInteger(id) ? userNames[id - 1] : undefined;
  return name === undefined ? undefined : { id, name };
}

/**
 * How long fetchUser(id) takes: between 900 and 1100 ms, fixed per id, so that three users
 * fetched together finish in a different order than they started.
 */
export function userLatency(id: number): number {
  return Number.isInteger(id) ? 900 + ((Math.abs(id) * 37) % 200) : 1000;
}

/** What the simulated service answers for one request. */
export interface ServiceAnswer {
  status: number;
  body: unknown;
  /** How long it takes to answer, in ms. */
  latency: number;
}

/** Every route answers after this long, except /delay/N. */
export const defaultLatency = 1000;

export { flakyEvery } from './flaky';

const sample = {
  course: 'Async Lab',
  lessons: [
    { id: 1, title: 'Why async' },
    { id: 2, title: 'The event loop' },
    { id: 3, title: 'Async functions and promises' },
  ],
};

/**
 * Routes a path (any host is ignored, so "https://httpbin.org/delay/1" works too; the query only
 * matters to /flaky). `callNumber` counts the calls to /flaky within the run, starting at 1
 * (FlakyCounter in flaky.ts says which calls count together).
 */
export function answer(url: string, callNumber: number): ServiceAnswer {
  const path = pathOf(url);
  const delay = /^\/delay\/(\d+(?:\.\d+)?)$/.exec(path);
  if (delay) {
    const seconds = Math.min(Number(delay[1]), 10);
    return { status: 200, body: { url: path, delay: seconds }, latency: seconds * 1000 };
  }
  const status = /^\/status\/(\d{3})$/.exec(path);
  if (status) {
    const code = Number(status[1]);
    return { status: code, body: { url: path, status: code }, latency: defaultLatency };
  }
  if (path === '/json') return { status: 200, body: sample, latency: defaultLatency };
  if (path === '/flaky') return flakyAnswer(queryOf(url), callNumber);
  const user = /^\/users\/(\d+)$/.exec(path);
  if (user) {
    const found = findUser(Number(user[1]));
    return found
      ? { status: 200, body: found, latency: userLatency(found.id) }
      : { status: 404, body: { url: path, error: 'no such user' }, latency: userLatency(Number(user[1])) };
  }
  return { status: 404, body: { url: path, error: 'no such route' }, latency: defaultLatency };
}

/** The path of a URL or of a bare path, without host or query. */
export function pathOf(url: string): string {
  const match = /^(?:[a-z]+:\/\/[^/]+)?(\/[^?#]*)?/i.exec(url.trim());
  return match?.[1] ?? '/';
}

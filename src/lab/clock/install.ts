/**
 * Puts the run's clock behind the platform's time functions in a global scope: `setTimeout`,
 * `setInterval`, their `clear*` twins, `Date` / `Date.now`, `performance.now` and
 * `AbortSignal.timeout`. After this, user code cannot tell the virtual clock from a real one,
 * except that idle waits are instant.
 */
import type { Scheduler } from './scheduler';
import type { VirtualClock } from './virtual-clock';

/** The parts of a global scope the clock replaces. */
export interface TimeGlobals {
  setTimeout: unknown;
  setInterval: unknown;
  clearTimeout: unknown;
  clearInterval: unknown;
  Date: DateConstructor;
  performance?: { now(): number };
  AbortSignal?: { timeout(ms: number): AbortSignal };
}

/**
 * A `Date` whose "now" is the virtual clock's. `new Date()` and `Date.now()` read the clock;
 * `new Date(x)` and the static helpers behave as usual, and `instanceof Date` still holds.
 */
export function virtualDate(RealDate: DateConstructor, clock: VirtualClock): DateConstructor {
  function VirtualDate(this: unknown, ...args: unknown[]): Date | string {
    // Called without `new`, Date returns the current time as a string.
    if (!new.target) return new RealDate(clock.dateNow()).toString();
    const params = args.length === 0 ? [clock.dateNow()] : args;
    return Reflect.construct(RealDate, params, new.target) as Date;
  }
  Object.setPrototypeOf(VirtualDate, RealDate);
  VirtualDate.prototype = RealDate.prototype;
  Object.defineProperty(VirtualDate, 'now', { value: () => clock.dateNow(), writable: true, configurable: true });
  Object.defineProperty(VirtualDate, 'name', { value: 'Date' });
  // A constructor function typed as Date's constructor: TypeScript cannot express the dual call/construct shape.
  return VirtualDate as unknown as DateConstructor;
}

/** Installs the clock into `scope`. `performance.now()` then reads virtual ms since the run started. */
export function installClock(scope: TimeGlobals, clock: VirtualClock, scheduler: Scheduler): void {
  const define = (name: keyof TimeGlobals, value: unknown) => Object.defineProperty(scope, name, { value, writable: true, configurable: true });
  define('setTimeout', (callback: unknown, delay?: unknown, ...args: unknown[]) => scheduler.setTimeout(callback, delay, ...args));
  define('setInterval', (callback: unknown, delay?: unknown, ...args: unknown[]) => scheduler.setInterval(callback, delay, ...args));
  define('clearTimeout', (id: unknown) => scheduler.clear(id));
  define('clearInterval', (id: unknown) => scheduler.clear(id));
  define('Date', virtualDate(scope.Date, clock));
  if (scope.performance) {
    Object.defineProperty(scope.performance, 'now', { value: () => clock.now(), writable: true, configurable: true });
  }
  if (scope.AbortSignal) {
    // The platform's version would fire on the real clock, seconds after the run is over.
    Object.defineProperty(scope.AbortSignal, 'timeout', {
      value: (ms: number) => {
        const controller = new AbortController();
        // Unref'd, as in Node: a deadline alone does not keep the run going.
        scheduler.setUnrefTimeout(() => controller.abort(new DOMException('signal timed out', 'TimeoutError')), ms);
        return controller.signal;
      },
      writable: true,
      configurable: true,
    });
  }
}

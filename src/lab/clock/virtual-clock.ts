/**
 * The run's clock: what `now()`, `Date.now()`, `performance.now()` and every timer in a
 * sandboxed run read.
 *
 * ## Time model
 *
 *     virtual now = (real now − real start) + skipped
 *
 * `real now` comes from an injected source (`performance.now` in the sandbox, a fake in tests).
 * Real time always counts: while code runs, virtual time moves with the wall clock, so a busy
 * loop of 300 ms costs 300 ms of virtual time and delays every timer behind it, exactly as it
 * would in Node. `skipped` only grows, and only through `jumpTo`, which the scheduler calls when
 * the run is idle (see scheduler.ts). Hence:
 *
 * - **Time never goes backwards**: both terms are non-decreasing, and `jumpTo` refuses a target
 *   in the past.
 * - **Idle time costs nothing in instant mode**: a run that only waits finishes in a few real
 *   milliseconds and still reports the seconds it waited.
 * - **Real mode is the same clock with jumps switched off**: `skipped` stays 0.
 * - **`blockFor(ms)` costs exactly `ms`** in instant mode: it spins on the real clock, and when the
 *   thread was descheduled at the end of the spin (a busy machine), `forgive` takes the overshoot
 *   back out. Nothing can read the clock while the thread spins, so no observer ever sees time go
 *   backwards.
 *
 * ## Settings
 *
 * - `mode` — `'instant'` (default): the scheduler may jump over idle time. Choose `'real'` to
 *   wait for real, when the reader wants to feel the delay.
 * - `epoch` — the wall-clock time (ms since 1970) that virtual 0 corresponds to, so that
 *   `Date.now()` looks like a real date. Defaults to the real `Date.now()` at start.
 *
 * Prior art: Trio's MockClock with `autojump_threshold = 0`
 * (https://github.com/python-trio/trio/blob/main/src/trio/_core/_mock_clock.py). Like Trio, the
 * clock only knows how to jump; deciding *when* the run is idle is the scheduler's job.
 */
import type { ClockMode } from '../types';
import { MathFloor } from '../sandbox/primordials';

/** A source of real, monotonic milliseconds. Tests replace it with a fake. */
export type RealTime = () => number;

export interface VirtualClockOptions {
  mode?: ClockMode;
  realTime: RealTime;
  epoch?: number;
}

export class VirtualClock {
  readonly mode: ClockMode;
  readonly epoch: number;
  private readonly realTime: RealTime;
  private realStart: number;
  private skipped = 0;

  constructor({ mode = 'instant', realTime, epoch = Date.now() }: VirtualClockOptions) {
    this.mode = mode;
    this.realTime = realTime;
    this.epoch = epoch;
    this.realStart = realTime();
  }

  /**
   * Restarts virtual time at 0. The sandbox calls it when the user's module starts, so the
   * worker's boot time never shows up as elapsed time.
   */
  restart(): void {
    this.realStart = this.realTime();
    this.skipped = 0;
  }

  /** Virtual milliseconds since the start (fractional). */
  now(): number {
    return this.realTime() - this.realStart + this.skipped;
  }

  /** Real milliseconds since the start. */
  realElapsed(): number {
    return this.realTime() - this.realStart;
  }

  /** Milliseconds of idle time skipped so far. */
  skippedMs(): number {
    return this.skipped;
  }

  /** Wall-clock time for `Date`: the epoch plus virtual time, in whole ms as `Date.now()` gives. */
  dateNow(): number {
    return MathFloor(this.epoch + this.now());
  }

  /**
   * Takes back `ms` of real time that a spin of known length overshot (see the header). Instant
   * clocks only: a real clock reports real time, overshoot included.
   */
  forgive(ms: number): void {
    if (this.mode === 'instant' && ms > 0) this.skipped -= ms;
  }

  /**
   * Moves virtual time forward to `target` by skipping idle time. A target at or before now is
   * a no-op (real time may already have passed it); only instant clocks jump.
   * @throws Error when called on a real clock, since that would break "real mode waits for real".
   */
  jumpTo(target: number): void {
    if (this.mode !== 'instant') throw new Error('a real clock cannot jump');
    const gap = target - this.now();
    if (gap > 0) this.skipped += gap;
  }
}

/**
 * The sandbox's timer loop: it owns every timer the user's code creates, decides when the run
 * is idle, and then asks the clock to jump (instant mode) or waits for real (real mode).
 *
 * ## How it runs timers
 *
 * The scheduler fires **one timer per macrotask**: after a timer's callback returns, it posts a
 * "tick" task (a MessageChannel message in the sandbox) and fires the next timer from there.
 * Because the platform drains all microtasks before the next task, every `await`, `.then` and
 * `queueMicrotask` queued by a callback runs before the next timer, which is how Node (≥ 11)
 * orders them. Timers fire by due time, ties in scheduling order (timer-queue.ts), and delays are
 * coerced the way Node does (anything not in [1, 2³¹−1] becomes 1 ms, so `setTimeout(f, 0)` is
 * `setTimeout(f, 1)`). Like Node's libuv clock, due times count from the current time truncated
 * to whole milliseconds, so timers created within the same millisecond tie exactly and keep
 * their creation order. An interval is re-armed after its callback, at (time it fired + delay),
 * as Node re-inserts it.
 *
 * ## When it jumps
 *
 * A tick task only runs once the current task and all its microtasks are done, so when a tick
 * finds the next timer not yet due, nothing in the run can make progress on its own — except
 * *real work* the scheduler was told about (`beginRealWork`, e.g. a `runInWorker` job computing
 * in another thread). So at a tick:
 *
 * 1. next timer due → fire it;
 * 2. not due, instant mode, no real work pending → jump the clock to its due time and fire it;
 * 3. otherwise → wait for real (a real setTimeout, or the real work finishing calls `enter`);
 * 4. no timers (or only unref'd ones) and no real work → the run is idle: `onIdle` (the sandbox
 *    ends the run there).
 *
 * This is correct for the same reason Trio's autojump is: a jump happens only when no task,
 * microtask or pending real work exists that could create an earlier timer, so skipping to the
 * next deadline cannot reorder anything — the user's code observes exactly the sequence it
 * would see with a real clock that happened to be idle for that long.
 *
 * ## Blocked stretches
 *
 * Between a callback starting and the next tick, the loop is busy with the user's code. The
 * scheduler measures that stretch on the run's clock (no jump can happen inside it, so that is
 * real time) and reports any longer than `blockedThresholdMs` through `onBlocked`; the trace
 * shows them as `blocked` spans.
 */
import type { SchedulerObserver } from './scheduler-observer';
import type { VirtualClock } from './virtual-clock';
import { TimerQueue, type Timer } from './timer-queue';
import { MathCeil, MathFloor, MathMax, NumberCtor } from '../sandbox/primordials';

/** Node's TIMEOUT_MAX: longer delays become 1 ms (lib/internal/timers.js). */
const TIMEOUT_MAX = 2 ** 31 - 1;

export interface SchedulerHooks {
  /** Queues a macrotask: after the current task and all its microtasks. */
  postTask(task: () => void): void;
  /** A real timer, for real mode and for waits while real work is pending. */
  realSetTimeout(callback: () => void, ms: number): unknown;
  realClearTimeout(handle: unknown): void;
  /** Nothing is left to run: no timers and no real work. */
  onIdle(): void;
  /** A timer callback threw; Node would crash the process here. */
  onError(error: unknown): void;
  /** The loop ran user code without a break from `start` to `end` (virtual ms). */
  onBlocked(start: number, end: number): void;
  /** The next timer lies past the run's virtual time limit. */
  onVirtualLimit(): void;
}

export type { SchedulerObserver } from './scheduler-observer';

export interface SchedulerOptions {
  /** Busy stretches longer than this are reported (default 10 ms). */
  blockedThresholdMs?: number;
  /** Timers due after this virtual time end the run (default 10 minutes). */
  virtualLimitMs?: number;
  /** Told of every timer set, fired and cleared: the inspector's recorder (sandbox/recorder.ts). */
  observer?: SchedulerObserver;
}

/** Coerces a delay as Node's `setTimeout` does. */
export function nodeDelay(delay: unknown): number {
  const ms = NumberCtor(delay);
  return ms >= 1 && ms <= TIMEOUT_MAX ? ms : 1;
}

export class Scheduler {
  private readonly timers = new TimerQueue();
  private nextId = 1;
  /** The lab's own timers count down from -1: the reader's clearTimeout(n) can never reach them. */
  private nextLabId = -1;
  private turnCount = 0;
  private tickQueued = false;
  private realTimer: unknown;
  private pendingReal = 0;
  private stopped = false;
  private segment: number | undefined;
  private firing: { timer: Timer; cleared: boolean } | undefined;
  private readonly blockedThresholdMs: number;
  private readonly virtualLimitMs: number;
  private readonly observer: SchedulerObserver | undefined;

  constructor(
    private readonly clock: VirtualClock,
    private readonly hooks: SchedulerHooks,
    { blockedThresholdMs = 10, virtualLimitMs = 10 * 60_000, observer }: SchedulerOptions = {},
  ) {
    this.blockedThresholdMs = blockedThresholdMs;
    this.virtualLimitMs = virtualLimitMs;
    this.observer = observer;
  }

  /** True while something would keep a Node process alive: a ref'd timer or real work. */
  get keepsRunAlive(): boolean {
    return this.timers.refCount > 0 || this.pendingReal > 0;
  }

  setTimeout(callback: unknown, delay?: unknown, ...args: unknown[]): number {
    return this.add(callback, nodeDelay(delay), args, undefined, true);
  }

  /**
   * A timer of the lab's own (a sleep, a simulated answer): it fires like any other, but its id
   * is private, so `clear` (what the reader's clearTimeout calls) cannot cancel it.
   */
  setLabTimeout(callback: () => void, delay: number, ref = true): number {
    return this.add(callback, nodeDelay(delay), [], undefined, ref, this.nextLabId--);
  }

  /** Cancels a timer made with setLabTimeout or setUnrefTimeout. */
  clearLab(id: number): void {
    if (id < 0) this.clearAny(id);
  }

  /**
   * Which turn of the loop the run is in: 0 while the module's synchronous code runs, 1 from its
   * first microtask (the sandbox calls beginTurn there), then one more for every timer fired and
   * every answer from outside (a worker's). Checks use it to tell "in the same task as" from
   * "a little later", which timestamps alone cannot.
   */
  get turn(): number {
    return this.turnCount;
  }

  beginTurn(): void {
    this.turnCount++;
  }

  /**
   * A timeout that does not keep the run alive, like a Node timer after `unref()`: when only such
   * timers are left, the run is over. AbortSignal.timeout uses it, as Node's does.
   */
  setUnrefTimeout(callback: () => void, delay: number): number {
    return this.setLabTimeout(callback, delay, false);
  }

  setInterval(callback: unknown, delay?: unknown, ...args: unknown[]): number {
    const ms = nodeDelay(delay);
    return this.add(callback, ms, args, ms, true);
  }

  /** Clears a timeout or an interval (Node lets either function clear either kind). */
  clear(id: unknown): void {
    if (typeof id !== 'number' || !(id > 0)) return;
    this.clearAny(id);
  }

  private clearAny(id: number): void {
    if (this.firing?.timer.id === id) this.firing.cleared = true;
    this.timers.cancel(id);
    this.observer?.timerCleared(id);
  }

  /**
   * User code is about to run outside a timer (the module starting, a worker's answer arriving):
   * start measuring a busy stretch and make sure a tick follows it.
   */
  enter(newTask = false): void {
    if (newTask) this.beginTurn();
    this.openSegment();
    this.requestTick();
  }

  /**
   * Declares real work that the clock must wait for (it runs elsewhere, in real time).
   * @returns a function to call once when the work is finished.
   */
  beginRealWork(): () => void {
    this.pendingReal++;
    let done = false;
    return () => {
      if (done) return;
      done = true;
      this.pendingReal--;
      this.requestTick();
    };
  }

  /** Stops firing timers for good (the run ended or was stopped). */
  stop(): void {
    this.stopped = true;
    if (this.realTimer !== undefined) this.hooks.realClearTimeout(this.realTimer);
    this.realTimer = undefined;
  }

  private add(callback: unknown, delay: number, args: unknown[], repeat: number | undefined, ref: boolean, labId?: number): number {
    if (typeof callback !== 'function') {
      throw new TypeError(`The "callback" argument must be of type function. Received ${callback === null ? 'null' : `type ${typeof callback}`}`);
    }
    const id = labId ?? this.nextId++;
    const fn = callback as (...args: unknown[]) => void;
    const due = this.wholeMs() + delay;
    this.timers.push({ id, due, callback: fn, args, repeat, ref });
    this.observer?.timerSet(id, due, false);
    this.requestTick();
    return id;
  }

  /** The clock in whole ms, as Node's timers read libuv's clock. */
  private wholeMs(): number {
    return MathFloor(this.clock.now());
  }

  private requestTick(): void {
    if (this.tickQueued || this.stopped) return;
    this.tickQueued = true;
    this.hooks.postTask(this.tick);
  }

  private readonly tick = (): void => {
    this.tickQueued = false;
    if (this.stopped) return;
    this.closeSegment();
    if (!this.keepsRunAlive) {
      // Only unref'd timers (or none) are left: nothing keeps the run alive.
      this.hooks.onIdle();
      return;
    }
    const next = this.timers.peek();
    if (!next) return;
    if (next.due > this.virtualLimitMs) {
      // The run would wait past its limit: it lasted exactly as long as the limit allows.
      if (this.clock.mode === 'instant' && this.pendingReal === 0) this.clock.jumpTo(this.virtualLimitMs);
      this.hooks.onVirtualLimit();
      return;
    }
    const now = this.clock.now();
    if (next.due <= now) return this.fire();
    if (this.clock.mode === 'instant' && this.pendingReal === 0) {
      this.clock.jumpTo(next.due);
      return this.fire();
    }
    this.waitReal(next.due - now);
  };

  private fire(): void {
    const timer = this.timers.pop()!;
    const firedAt = this.wholeMs();
    this.openSegment();
    this.beginTurn();
    this.firing = { timer, cleared: false };
    this.observer?.timerFired(timer.id);
    try {
      timer.callback(...timer.args);
    } catch (error) {
      this.hooks.onError(error);
    } finally {
      const { cleared } = this.firing;
      this.firing = undefined;
      if (timer.repeat !== undefined && !cleared && !this.stopped) {
        this.timers.push({ ...timer, due: firedAt + timer.repeat });
        this.observer?.timerSet(timer.id, firedAt + timer.repeat, true);
      }
    }
    this.requestTick();
  }

  private waitReal(ms: number): void {
    if (this.realTimer !== undefined) this.hooks.realClearTimeout(this.realTimer);
    this.realTimer = this.hooks.realSetTimeout(
      () => {
        this.realTimer = undefined;
        this.requestTick();
      },
      MathMax(0, MathCeil(ms)),
    );
  }

  private openSegment(): void {
    this.segment ??= this.clock.now();
  }

  /** Measured on the run's clock, which is real time except for what blockFor forgave. */
  private closeSegment(): void {
    const start = this.segment;
    if (start === undefined) return;
    this.segment = undefined;
    const end = this.clock.now();
    if (end - start > this.blockedThresholdMs) this.hooks.onBlocked(start, end);
  }
}

/**
 * Runs a JavaScript snippet on a virtual clock inside Node, for the clock's unit tests: the
 * same Scheduler and VirtualClock the sandbox uses, with Node's setImmediate as the "post a
 * macrotask" primitive (Node drains microtasks between immediates, as a browser does between
 * MessageChannel messages).
 */
import { setImmediate } from 'node:timers';
import type { ClockMode } from '../../types';
import { Scheduler } from '../scheduler';
import { VirtualClock } from '../virtual-clock';
import { installClock, type TimeGlobals } from '../install';

export interface SnippetRun {
  printed: string[];
  virtualMs: number;
  realMs: number;
  blocked: Array<[number, number]>;
  /** Errors thrown by callbacks, when `collectErrors` is set (otherwise the first one rejects). */
  errors: unknown[];
  /** The message of the unhandled rejection that ended the run, as it ends a Node process. */
  uncaught?: string;
}

export interface SnippetOptions {
  mode?: ClockMode;
  /**
   * Stop real time (instant mode only): virtual time then moves by jumps alone, so results are
   * exact however busy the machine is. Snippets that spin on the clock need real time.
   */
  frozen?: boolean;
  virtualLimitMs?: number;
  /** Keep running after a callback throws, and list the errors, instead of rejecting at the first. */
  collectErrors?: boolean;
  /** Extra values the snippet can use by name. */
  extras?: Record<string, unknown>;
}

export function runSnippet(
  code: string,
  { mode = 'instant', frozen = false, virtualLimitMs, collectErrors = false, extras = {} }: SnippetOptions = {},
): Promise<SnippetRun> {
  return new Promise((resolve, reject) => {
    const clock = new VirtualClock({ mode, realTime: frozen ? () => 0 : () => performance.now() });
    const printed: string[] = [];
    const blocked: Array<[number, number]> = [];
    const errors: unknown[] = [];
    // Node reports an unhandled rejection once the microtasks after a callback have drained,
    // before the next immediate (our tick): the run ends there, as the sandbox ends it. While this
    // listener exists, Vitest leaves the rejection to it.
    const onRejection = (reason: unknown) => {
      scheduler.stop();
      const uncaught = reason instanceof Error ? reason.message : String(reason);
      settle(() => resolve({ printed, virtualMs: clock.now(), realMs: clock.realElapsed(), blocked, errors, uncaught }));
    };
    process.on('unhandledRejection', onRejection);
    const settle = (end: () => void) => {
      process.off('unhandledRejection', onRejection);
      end();
    };
    const scheduler = new Scheduler(
      clock,
      {
        postTask: (task) => setImmediate(task),
        realSetTimeout: (callback, ms) => setTimeout(callback, ms),
        realClearTimeout: (handle) => clearTimeout(handle as ReturnType<typeof setTimeout>),
        onIdle: () => settle(() => resolve({ printed, virtualMs: clock.now(), realMs: clock.realElapsed(), blocked, errors })),
        onError: collectErrors ? (error) => errors.push(error) : (error) => settle(() => reject(error)),
        onBlocked: (start, end) => blocked.push([start, end]),
        onVirtualLimit: () => {
          scheduler.stop();
          settle(() => reject(new Error(`virtual limit reached at ${Math.round(clock.now())} ms`)));
        },
      },
      virtualLimitMs === undefined ? {} : { virtualLimitMs },
    );
    const scope: TimeGlobals = {
      setTimeout: undefined,
      setInterval: undefined,
      clearTimeout: undefined,
      clearInterval: undefined,
      Date,
      performance: { now: () => 0 },
      AbortSignal: { timeout: () => AbortSignal.abort() },
    };
    installClock(scope, clock, scheduler);
    const names = [
      'log',
      'setTimeout',
      'setInterval',
      'clearTimeout',
      'clearInterval',
      'Date',
      'performance',
      'AbortSignal',
      'scheduler',
      ...Object.keys(extras),
    ];
    const values = [
      (text: unknown) => printed.push(String(text)),
      scope.setTimeout,
      scope.setInterval,
      scope.clearTimeout,
      scope.clearInterval,
      scope.Date,
      scope.performance,
      scope.AbortSignal,
      scheduler,
      ...Object.values(extras),
    ];
    clock.restart();
    scheduler.enter();
    try {
      new Function(...names, code)(...values);
    } catch (error) {
      settle(() => reject(error));
    }
  });
}

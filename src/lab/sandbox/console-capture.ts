/**
 * Replaces `console` inside the sandbox so every call becomes a ConsoleEntry, printed the way
 * Node prints it (strings raw, other values through inspect, arguments joined by a space).
 * Past the entry limit, calls are only counted: a loop printing a million lines costs little
 * and cannot flood the page.
 */
import type { ConsoleEntry, ConsoleLevel } from '../types';
import { formatArgs, inspect } from '../format/inspect';
import { SafeMap } from './primordials';

export interface ConsoleSink {
  /** Virtual ms since the run started. */
  now(): number;
  /** How many entries to keep. */
  limit: number;
  /** The loop's turn (Scheduler.turn), stamped on every entry. */
  turn?(): number;
  /**
   * Receives each kept entry at once. It is called synchronously so that output printed just
   * before an endless loop still reaches the page, which then kills the run.
   */
  emit(entry: ConsoleEntry): void;
}

export class ConsoleCapture {
  private kept = 0;
  dropped = 0;
  private indent = '';
  // Kept out of the reader's reach (primordials.ts): console.time's figures come from the run's
  // clock, and a patched Map.prototype.get must not be able to change them.
  private readonly counts = new SafeMap<string, number>();
  private readonly timers = new SafeMap<string, number>();

  constructor(private readonly sink: ConsoleSink) {}

  /** Adds an entry, or counts it when past the limit. */
  push(level: ConsoleLevel, text: string): void {
    if (this.kept >= this.sink.limit) {
      this.dropped++;
      return;
    }
    this.kept++;
    const indented = this.indent ? text.replace(/^/gm, this.indent) : text;
    const entry: ConsoleEntry = { level, text: indented, at: this.sink.now() };
    if (this.sink.turn) entry.turn = this.sink.turn();
    this.sink.emit(entry);
  }

  private print(level: ConsoleLevel, args: unknown[]): void {
    // Formatting is the expensive part: skip it once entries are only being counted.
    if (this.kept >= this.sink.limit) {
      this.dropped++;
      return;
    }
    this.push(level, formatArgs(args));
  }

  /** A console object with Node's common methods, to install as the sandbox's `console`. */
  createConsole(): Console {
    const ms = (label: string) => {
      const started = this.timers.get(label);
      return started === undefined ? undefined : this.sink.now() - started;
    };
    const duration = (elapsed: number) => (elapsed >= 1000 ? `${(elapsed / 1000).toFixed(3)}s` : `${elapsed.toFixed(3)}ms`);
    const methods = {
      log: (...args: unknown[]) => this.print('log', args),
      info: (...args: unknown[]) => this.print('info', args),
      debug: (...args: unknown[]) => this.print('log', args),
      warn: (...args: unknown[]) => this.print('warn', args),
      error: (...args: unknown[]) => this.print('error', args),
      trace: (...args: unknown[]) => {
        const stack = (new Error().stack ?? '').split('\n').slice(2).join('\n');
        this.push('error', `Trace${args.length ? `: ${formatArgs(args)}` : ''}${stack ? `\n${stack}` : ''}`);
      },
      dir: (value: unknown) => this.push('log', inspect(value)),
      assert: (condition: unknown, ...args: unknown[]) => {
        if (!condition) this.push('error', `Assertion failed${args.length ? `: ${formatArgs(args)}` : ''}`);
      },
      count: (label = 'default') => {
        const count = (this.counts.get(label) ?? 0) + 1;
        this.counts.set(label, count);
        this.push('log', `${label}: ${count}`);
      },
      countReset: (label = 'default') => void this.counts.delete(label),
      time: (label = 'default') => void this.timers.set(label, this.sink.now()),
      timeLog: (label = 'default', ...args: unknown[]) => {
        const elapsed = ms(label);
        if (elapsed === undefined) return this.push('warn', `Warning: No such label '${label}' for console.timeLog()`);
        this.push('log', `${label}: ${duration(elapsed)}${args.length ? ` ${formatArgs(args)}` : ''}`);
      },
      timeEnd: (label = 'default') => {
        const elapsed = ms(label);
        if (elapsed === undefined) return this.push('warn', `Warning: No such label '${label}' for console.timeEnd()`);
        this.timers.delete(label);
        this.push('log', `${label}: ${duration(elapsed)}`);
      },
      group: (...args: unknown[]) => {
        if (args.length) this.print('log', args);
        this.indent += '  ';
      },
      groupEnd: () => {
        this.indent = this.indent.slice(2);
      },
      table: (data: unknown) => this.push('log', inspect(data)),
    };
    return { ...methods, groupCollapsed: methods.group } as unknown as Console;
  }
}

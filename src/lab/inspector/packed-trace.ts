/**
 * The recorder's trace as it crosses from the run's worker to the page: every event as a run of
 * numbers in one Float64Array, which postMessage *transfers* instead of cloning, and the few
 * strings (function names, lab labels) in a table the numbers index. Cloning one object per event
 * cost about 30 ms for a 2,000-step run, and building them in the worker kept its garbage
 * collector busy: the two made recording triple a promise-heavy run.
 *
 * Each event is its code followed by its fields, in the order of RecordedEvent (events.ts);
 * an optional field that is absent is NaN, a boolean is 0 or 1, a string is its index in
 * `strings`, a step's kind and a timer's kind are indexes into the lists below. The page reads a
 * trace as it reads every message from the worker (sandbox/untrusted.ts): as untrusted data,
 * field by field, dropping the whole trace when anything does not fit.
 */
import type { InspectorTrace, RecordedEvent, StepKind } from './events';

/** One chunk of a trace: what the recorder saw since the last message. */
export interface PackedTrace {
  numbers: Float64Array;
  strings: string[];
  truncated: boolean;
}

export const eventCode = { step: 0, job: 1, enqueue: 2, drop: 3, enter: 4, park: 5, exit: 6, set: 7, clear: 8 } as const;
const stepKinds: readonly StepKind[] = ['script', 'microtask', 'timer', 'io'];
const timerKinds = ['timer', 'io'] as const;

/** Numbers each event takes, its code included, by code. */
const eventSize: readonly number[] = [8, 6, 2, 2, 4, 3, 2, 6, 2];

const maxName = 200;
/** A recording keeps 2,000 steps; each step brings a handful of events. */
const maxEvents = 200_000;
const maxNumbers = maxEvents * 8;

/** The chunk's structure checked (the events are checked as they are read); undefined when it does not fit. */
export function readPackedTrace(value: unknown): PackedTrace | undefined {
  if (typeof value !== 'object' || value === null) return undefined;
  const { numbers, strings, truncated } = value as Record<string, unknown>;
  if (!(numbers instanceof Float64Array) || numbers.length > maxNumbers || typeof truncated !== 'boolean') return undefined;
  if (!Array.isArray(strings) || strings.length > maxEvents || !strings.every((text) => typeof text === 'string')) return undefined;
  return { numbers, strings: strings.map((text: string) => text.slice(0, maxName)), truncated };
}

const finite = Number.isFinite;
const optional = (value: number): number | undefined => (finite(value) ? value : undefined);

/** The chunk's events, in order, or undefined when any of them does not fit. */
export function unpackTrace(chunk: PackedTrace): InspectorTrace | undefined {
  const events: RecordedEvent[] = [];
  return unpackChunk(chunk, events) ? { events, truncated: chunk.truncated } : undefined;
}

function unpackChunk({ numbers: n, strings }: PackedTrace, events: RecordedEvent[]): boolean {
  const text = (index: number): string | undefined => (Number.isInteger(index) ? strings[index] : undefined);
  let i = 0;
  while (i < n.length) {
    const code = n[i]!;
    const size = eventSize[code];
    if (size === undefined || i + size > n.length) return false;
    const a = n[i + 1]!;
    const b = n[i + 2]!;
    const c = n[i + 3]!;
    const d = n[i + 4]!;
    const e = n[i + 5]!;
    let event: RecordedEvent | undefined;
    switch (code) {
      case eventCode.step: {
        const kind = stepKinds[a];
        const console = n[i + 7]!;
        if (!kind || !finite(b) || !finite(c) || !finite(console)) return false;
        const step: RecordedEvent & { e: 'step' } = { e: 'step', kind, line: b, at: c, console };
        const job = optional(d);
        const timer = optional(e);
        const frame = optional(n[i + 6]!);
        if (job !== undefined) step.job = job;
        if (timer !== undefined) step.timer = timer;
        if (frame !== undefined) step.frame = frame;
        event = step;
        break;
      }
      case eventCode.job: {
        if (!finite(a) || !finite(b) || (c !== 0 && c !== 1)) return false;
        const job: RecordedEvent & { e: 'job' } = { e: 'job', job: a, line: b, queued: c === 1 };
        const frame = optional(d);
        const name = text(e);
        if (frame !== undefined) job.frame = frame;
        if (name !== undefined) job.name = name;
        event = job;
        break;
      }
      case eventCode.enqueue:
      case eventCode.drop:
        if (finite(a)) event = { e: code === eventCode.enqueue ? 'enqueue' : 'drop', job: a };
        break;
      case eventCode.enter: {
        const name = text(b);
        if (finite(a) && finite(c) && name !== undefined) event = { e: 'enter', frame: a, name, line: c };
        break;
      }
      case eventCode.park:
        if (finite(a) && finite(b)) event = { e: 'park', frame: a, line: b };
        break;
      case eventCode.exit:
        if (finite(a)) event = { e: 'exit', frame: a };
        break;
      case eventCode.set: {
        const kind = timerKinds[b];
        if (!finite(a) || !kind || !finite(c) || !finite(d)) return false;
        const set: RecordedEvent & { e: 'set' } = { e: 'set', timer: a, kind, line: c, due: d };
        const label = text(e);
        if (label !== undefined) set.label = label;
        event = set;
        break;
      }
      case eventCode.clear:
        if (finite(a)) event = { e: 'clear', timer: a };
        break;
    }
    if (!event) return false;
    events.push(event);
    i += size;
  }
  return true;
}

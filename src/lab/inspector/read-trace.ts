/**
 * The page's reading of a recording run's trace (events.ts), as untrusted data like every other
 * message from the run's worker (sandbox/untrusted.ts): each event is rebuilt from its known
 * fields, numbers must be finite and strings are bounded. A trace that does not fit is dropped, and
 * the inspector then says the run recorded no steps.
 */
import type { InspectorTrace, RecordedEvent, StepKind } from './events';

type Loose = Record<string, unknown>;
const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const stepKinds: readonly string[] = ['script', 'microtask', 'timer', 'io'] satisfies StepKind[];
const maxName = 200;
/** A recording keeps 2,000 steps; each step brings a handful of events. */
const maxEvents = 200_000;

/**
 * Each event is rebuilt field by field, written out per kind: a generic loop over key lists (keyed
 * reads, object spreads) cost ~35 ms a run for a 2,000-step trace, the biggest part of opening it.
 */
function readEvent(value: unknown): RecordedEvent | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  switch (v.e) {
    case 'step': {
      const { kind, line, at, console } = v;
      if (typeof kind !== 'string' || !stepKinds.includes(kind) || !isNumber(line) || !isNumber(at) || !isNumber(console)) return undefined;
      const event: RecordedEvent & { e: 'step' } = { e: 'step', kind: kind as StepKind, line, at, console };
      if (isNumber(v.job)) event.job = v.job;
      if (isNumber(v.timer)) event.timer = v.timer;
      if (isNumber(v.frame)) event.frame = v.frame;
      return event;
    }
    case 'job': {
      const { job, line, queued } = v;
      if (!isNumber(job) || !isNumber(line) || typeof queued !== 'boolean') return undefined;
      const event: RecordedEvent & { e: 'job' } = { e: 'job', job, line, queued };
      if (isNumber(v.frame)) event.frame = v.frame;
      if (typeof v.name === 'string') event.name = v.name.slice(0, maxName);
      return event;
    }
    case 'enqueue':
    case 'drop':
      return isNumber(v.job) ? { e: v.e, job: v.job } : undefined;
    case 'enter':
      return isNumber(v.frame) && isNumber(v.line) && typeof v.name === 'string'
        ? { e: 'enter', frame: v.frame, name: v.name.slice(0, maxName), line: v.line }
        : undefined;
    case 'park':
      return isNumber(v.frame) && isNumber(v.line) ? { e: 'park', frame: v.frame, line: v.line } : undefined;
    case 'exit':
      return isNumber(v.frame) ? { e: 'exit', frame: v.frame } : undefined;
    case 'set': {
      const { timer, kind, line, due } = v;
      if (!isNumber(timer) || !isNumber(line) || !isNumber(due) || (kind !== 'timer' && kind !== 'io')) return undefined;
      const event: RecordedEvent & { e: 'set' } = { e: 'set', timer, kind, line, due };
      if (typeof v.label === 'string') event.label = v.label.slice(0, maxName);
      return event;
    }
    case 'clear':
      return isNumber(v.timer) ? { e: 'clear', timer: v.timer } : undefined;
    default:
      return undefined;
  }
}

/** The trace rebuilt from known fields, or undefined when it does not fit. */
export function readInspectorTrace(value: unknown): InspectorTrace | undefined {
  if (!isObject(value) || !Array.isArray(value.events) || typeof value.truncated !== 'boolean' || value.events.length > maxEvents) return undefined;
  const events: RecordedEvent[] = [];
  for (const item of value.events) {
    const event = readEvent(item);
    if (!event) return undefined;
    events.push(event);
  }
  return { events, truncated: value.truncated };
}

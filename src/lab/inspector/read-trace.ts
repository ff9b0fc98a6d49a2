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

/** Copies the optional numeric and string fields `keys` that are present and well formed. */
function optional(from: Loose, numbers: readonly string[], strings: readonly string[] = []): Loose {
  const out: Loose = {};
  for (const key of numbers) if (isNumber(from[key])) out[key] = from[key];
  for (const key of strings) if (typeof from[key] === 'string') out[key] = (from[key] as string).slice(0, maxName);
  return out;
}

function readEvent(value: unknown): RecordedEvent | undefined {
  if (!isObject(value)) return undefined;
  const v = value;
  const num = (...keys: string[]) => keys.every((key) => isNumber(v[key]));
  switch (v.e) {
    case 'step':
      if (typeof v.kind !== 'string' || !stepKinds.includes(v.kind) || !num('line', 'at', 'console')) return undefined;
      return {
        e: 'step',
        kind: v.kind as StepKind,
        line: v.line as number,
        at: v.at as number,
        console: v.console as number,
        ...optional(v, ['job', 'timer', 'frame']),
      };
    case 'job':
      if (!num('job', 'line') || typeof v.queued !== 'boolean') return undefined;
      return { e: 'job', job: v.job as number, line: v.line as number, queued: v.queued, ...optional(v, ['frame'], ['name']) };
    case 'enqueue':
    case 'drop':
      return num('job') ? { e: v.e, job: v.job as number } : undefined;
    case 'enter':
      return num('frame', 'line') && typeof v.name === 'string'
        ? { e: 'enter', frame: v.frame as number, name: v.name.slice(0, maxName), line: v.line as number }
        : undefined;
    case 'park':
      return num('frame', 'line') ? { e: 'park', frame: v.frame as number, line: v.line as number } : undefined;
    case 'exit':
      return num('frame') ? { e: 'exit', frame: v.frame as number } : undefined;
    case 'set':
      if (!num('timer', 'line', 'due') || (v.kind !== 'timer' && v.kind !== 'io')) return undefined;
      return { e: 'set', timer: v.timer as number, kind: v.kind, line: v.line as number, due: v.due as number, ...optional(v, [], ['label']) };
    case 'clear':
      return num('timer') ? { e: 'clear', timer: v.timer as number } : undefined;
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

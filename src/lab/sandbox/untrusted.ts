/**
 * The page's reading of what a run's worker says. The worker runs the reader's code, so its
 * messages are data from an untrusted source: each is checked field by field and rebuilt from
 * known fields only (no prototype, getter or extra property survives), numbers must be finite,
 * strings are kept as strings (the UI puts them in textContent, never in markup). A message that
 * does not fit is dropped, and a run whose worker only ever sends such messages ends by the
 * watchdog like any silent run.
 */
import type { ConsoleEntry, ConsoleLevel, ErrorInfo, RunStatus, SourcePosition, Span, SpanKind, SpanOutcome, TimeoutReason } from '../types';
import type { RunEnd, WorkerToPage } from './messages';
import { readPackedTrace, type PackedTrace } from '../inspector/packed-trace';

type Loose = Record<string, unknown>;

const isObject = (value: unknown): value is Loose => typeof value === 'object' && value !== null && !Array.isArray(value);
const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value);
const isString = (value: unknown): value is string => typeof value === 'string';
const oneOf = <T extends string>(value: unknown, allowed: readonly T[]): value is T =>
  typeof value === 'string' && (allowed as readonly string[]).includes(value);

const levels: readonly ConsoleLevel[] = ['log', 'info', 'warn', 'error'];
const kinds: readonly SpanKind[] = ['sleep', 'request', 'fetchUser', 'blockFor', 'worker', 'blocked'];
const outcomes: readonly SpanOutcome[] = ['ok', 'error', 'aborted', 'pending'];
const statuses: readonly Exclude<RunStatus, 'stopped'>[] = ['ok', 'error', 'timeout'];
const reasons: readonly TimeoutReason[] = ['blocked', 'wall', 'virtual'];

/** Strings shown to the reader are bounded too: a 100 MB "line" would freeze the page. */
const maxText = 100_000;
const text = (value: string) => (value.length > maxText ? `${value.slice(0, maxText)}…` : value);

function list<T>(value: unknown, read: (item: unknown) => T | undefined): T[] | undefined {
  if (!Array.isArray(value)) return undefined;
  const out: T[] = [];
  for (const item of value) {
    const read_ = read(item);
    if (read_ === undefined) return undefined;
    out.push(read_);
  }
  return out;
}

export function readConsoleEntry(value: unknown): ConsoleEntry | undefined {
  if (!isObject(value) || !oneOf(value.level, levels) || !isString(value.text) || !isNumber(value.at)) return undefined;
  const entry: ConsoleEntry = { level: value.level, text: text(value.text), at: value.at };
  if (isNumber(value.turn)) entry.turn = value.turn;
  return entry;
}

export function readSpan(value: unknown): Span | undefined {
  if (!isObject(value) || !isNumber(value.id) || !isString(value.label) || !oneOf(value.kind, kinds)) return undefined;
  if (!isNumber(value.start) || !isNumber(value.end) || !oneOf(value.outcome, outcomes)) return undefined;
  const span: Span = { id: value.id, label: text(value.label), kind: value.kind, start: value.start, end: value.end, outcome: value.outcome };
  if (isNumber(value.queuedAt)) span.queuedAt = value.queuedAt;
  if (isNumber(value.startTurn)) span.startTurn = value.startTurn;
  if (isNumber(value.endTurn)) span.endTurn = value.endTurn;
  if (isString(value.value)) span.value = text(value.value);
  return span;
}

function readPosition(value: unknown): SourcePosition | undefined {
  return isObject(value) && isNumber(value.line) && isNumber(value.column) ? { line: value.line, column: value.column } : undefined;
}

function readError(value: unknown): ErrorInfo | undefined {
  if (!isObject(value) || !isString(value.name) || !isString(value.message) || !isString(value.text)) return undefined;
  const position = readPosition(value.position);
  return { name: text(value.name), message: text(value.message), text: text(value.text), ...(position ? { position } : {}) };
}

function readProgress(value: Loose): { spans: Span[]; droppedConsole: number; virtualMs: number; realMs: number; inspector?: PackedTrace } | undefined {
  const spans = list(value.spans, readSpan);
  if (!spans || !isNumber(value.droppedConsole) || !isNumber(value.virtualMs) || !isNumber(value.realMs)) return undefined;
  // A recording run's trace (Step through) rides along; one that does not fit is left out.
  const inspector = value.inspector === undefined ? undefined : readPackedTrace(value.inspector);
  return { spans, droppedConsole: value.droppedConsole, virtualMs: value.virtualMs, realMs: value.realMs, ...(inspector ? { inspector } : {}) };
}

/** A message from a run's worker, rebuilt from its known fields, or undefined when it does not fit. */
export function readWorkerMessage(value: unknown): WorkerToPage | undefined {
  if (!isObject(value)) return undefined;
  switch (value.kind) {
    case 'started':
      return { kind: 'started' };
    case 'needs-formatter':
      return { kind: 'needs-formatter' };
    case 'console': {
      const entries = list(value.entries, readConsoleEntry);
      return entries ? { kind: 'console', entries } : undefined;
    }
    case 'progress': {
      const progress = readProgress(value);
      return progress ? { kind: 'progress', ...progress } : undefined;
    }
    case 'done': {
      const progress = readProgress(value);
      if (!progress || !oneOf(value.status, statuses) || !isNumber(value.droppedSpans)) return undefined;
      const end: RunEnd = { ...progress, status: value.status, droppedSpans: value.droppedSpans };
      if (oneOf(value.timeoutReason, reasons)) end.timeoutReason = value.timeoutReason;
      const error = readError(value.error);
      if (error) end.error = error;
      // The default export is the reader's own value, already structured-cloned: kept as data.
      if (value.result !== undefined) end.result = value.result;
      if (isString(value.resultText)) end.resultText = text(value.resultText);
      const patched = list(value.patched, (item) => (isString(item) ? text(item) : undefined));
      if (patched) end.patched = patched;
      return { kind: 'done', ...end };
    }
    default:
      return undefined;
  }
}

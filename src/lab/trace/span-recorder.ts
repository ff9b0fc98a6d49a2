/**
 * Collects the trace of a run: one span per lab operation (sleep, request, fetchUser,
 * blockFor, worker job) and per stretch where the loop was blocked. Spans are kept in start
 * order; past the limit they are only counted, so a loop of a million sleeps cannot exhaust
 * memory or the page.
 */
import type { Span, SpanKind, SpanOutcome } from '../types';
import { ArrayPush, SafeMap, copyArray, safeArray } from '../sandbox/primordials';

const noTurn = () => 0;

/**
 * Spans live in prototype-less arrays and are only touched through built-ins taken at boot
 * (primordials.ts): a reader's patched Array.prototype.push never receives a span to rewrite.
 */
export class SpanRecorder {
  private readonly spans: Span[] = safeArray();
  private readonly open = new SafeMap<number, Span>();
  private nextId = 1;
  private dropped = 0;
  private finished: Span[] = safeArray();

  /** @param turn the loop's current turn (Scheduler.turn); spans remember when they started and ended */
  constructor(
    private readonly now: () => number,
    private readonly limit: number,
    private readonly turn: () => number = noTurn,
  ) {}

  /** Starts a span now; returns its id, or 0 when the span is past the limit and only counted. */
  start(kind: SpanKind, label: string, extra: { queuedAt?: number } = {}): number {
    if (this.spans.length >= this.limit) {
      this.dropped++;
      return 0;
    }
    const at = this.now();
    const turn = this.turn();
    const span: Span = { id: this.nextId++, label, kind, start: at, end: at, outcome: 'pending', startTurn: turn, endTurn: turn, ...extra };
    ArrayPush(this.spans, span);
    this.open.set(span.id, span);
    return span.id;
  }

  /** Ends a span now with the given outcome. Unknown and already-ended ids are ignored. */
  end(id: number, outcome: Exclude<SpanOutcome, 'pending'>, value?: string): void {
    const span = this.open.get(id);
    if (!span) return;
    span.end = this.now();
    span.endTurn = this.turn();
    span.outcome = outcome;
    if (value !== undefined) span.value = value;
    this.open.delete(id);
    ArrayPush(this.finished, span);
  }

  /** Records a span that already happened (a blocked stretch measured after the fact). */
  add(kind: SpanKind, label: string, start: number, end: number): void {
    if (this.spans.length >= this.limit) {
      this.dropped++;
      return;
    }
    const turn = this.turn();
    const span: Span = { id: this.nextId++, label, kind, start, end, outcome: 'ok', startTurn: turn, endTurn: turn };
    ArrayPush(this.spans, span);
    ArrayPush(this.finished, span);
  }

  /** Spans that ended since the last call, for streaming while the run goes on. */
  takeFinished(): Span[] {
    const out = copyArray(this.finished, (span) => ({ ...span }));
    this.finished = safeArray();
    return out;
  }

  /** Every span, with the ones still open ending now and marked `pending`. */
  all(): { spans: Span[]; dropped: number } {
    const at = this.now();
    const spans = copyArray(this.spans, (span) => (span.outcome === 'pending' ? { ...span, end: at } : { ...span }));
    return { spans, dropped: this.dropped };
  }
}

/**
 * Collects the trace of a run: one span per lab operation (sleep, request, fetchUser,
 * blockFor, worker job) and per stretch where the loop was blocked. Spans are kept in start
 * order; past the limit they are only counted, so a loop of a million sleeps cannot exhaust
 * memory or the page.
 */
import type { Span, SpanKind, SpanOutcome } from '../types';

export class SpanRecorder {
  private readonly spans: Span[] = [];
  private readonly open = new Map<number, Span>();
  private nextId = 1;
  private dropped = 0;
  private finished: Span[] = [];

  constructor(
    private readonly now: () => number,
    private readonly limit: number,
  ) {}

  /** Starts a span now; returns its id, or 0 when the span is past the limit and only counted. */
  start(kind: SpanKind, label: string, extra: { queuedAt?: number } = {}): number {
    if (this.spans.length >= this.limit) {
      this.dropped++;
      return 0;
    }
    const at = this.now();
    const span: Span = { id: this.nextId++, label, kind, start: at, end: at, outcome: 'pending', ...extra };
    this.spans.push(span);
    this.open.set(span.id, span);
    return span.id;
  }

  /** Ends a span now with the given outcome. Unknown and already-ended ids are ignored. */
  end(id: number, outcome: Exclude<SpanOutcome, 'pending'>): void {
    const span = this.open.get(id);
    if (!span) return;
    span.end = this.now();
    span.outcome = outcome;
    this.open.delete(id);
    this.finished.push(span);
  }

  /** Records a span that already happened (a blocked stretch measured after the fact). */
  add(kind: SpanKind, label: string, start: number, end: number): void {
    if (this.spans.length >= this.limit) {
      this.dropped++;
      return;
    }
    const span: Span = { id: this.nextId++, label, kind, start, end, outcome: 'ok' };
    this.spans.push(span);
    this.finished.push(span);
  }

  /** Spans that ended since the last call, for streaming while the run goes on. */
  takeFinished(): Span[] {
    const out = this.finished.map((span) => ({ ...span }));
    this.finished = [];
    return out;
  }

  /** Every span, with the ones still open ending now and marked `pending`. */
  all(): { spans: Span[]; dropped: number } {
    const at = this.now();
    const spans = this.spans.map((span) => (span.outcome === 'pending' ? { ...span, end: at } : { ...span }));
    return { spans, dropped: this.dropped };
  }
}

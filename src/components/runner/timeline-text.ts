/**
 * The timeline's words in the reader's language, from src/i18n (keys `timeline.*`), shaped the
 * way timeline.ts uses them: labels, hover titles, the screen-reader table and its summary.
 */
import type { SpanOutcome } from '../../lab';
import type { Locale } from '../../i18n';
import { t } from '../../i18n/page-strings';

export interface TimelineText {
  empty: string;
  loopBlocked: string;
  inFlight(max: number): string;
  more(count: number): string;
  /** A hover title: "GET /a: 0 ms → 1.00 s (1.00 s), failed". */
  describe(label: string, times: string, notes: string[]): string;
  queued(wait: string): string;
  headers: string[];
  /** Words for how an operation ended; nothing for `ok`. */
  outcome: Record<SpanOutcome, string>;
  summary(count: number, over: string, peak: number, blocked: string): string;
}

export function timelineText(locale: Locale): TimelineText {
  const s = (key: Parameters<typeof t>[1], values?: Record<string, string | number>) => t(locale, key, values);
  return {
    empty: s('timeline.empty'),
    loopBlocked: s('timeline.loopBlocked'),
    inFlight: (max) => s('timeline.inFlight', { max }),
    more: (count) => s('timeline.more', { count }),
    describe: (label, times, notes) => [s('timeline.describe', { label, times }), ...notes].join(s('timeline.noteSeparator')),
    queued: (wait) => s('timeline.queued', { wait }),
    headers: [s('timeline.headerOperation'), s('timeline.headerKind'), s('timeline.headerStart'), s('timeline.headerEnd'), s('timeline.headerDuration')],
    outcome: { ok: '', error: s('timeline.outcomeError'), aborted: s('timeline.outcomeAborted'), pending: s('timeline.outcomePending') },
    summary: (count, over, peak, blocked) =>
      s('timeline.summary', { operations: s(count === 1 ? 'timeline.operation' : 'timeline.operations', { count }), over, peak }) +
      (blocked ? s('timeline.summaryBlocked', { blocked }) : ''),
  };
}

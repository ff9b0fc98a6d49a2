/**
 * What a <Predict> block asks and how an answer is judged, as pure functions over a RunRecord:
 * the browser judges the reader's prediction against the run they just watched, and the build
 * (src/build/predict/) checks with the very same functions that the block's example can answer
 * its question at all. No expected answer is stored anywhere: it is always read from a run.
 */
import type { RunRecord } from '../../../lab';
import { peakInFlight, spansMatching } from '../../../lab';

/** When something happened on the run's clock: the whole run, or the nth line containing `text`. */
export type TimeMeasure = { of: 'elapsed' } | { of: 'line'; text: string; nth: number };

/** A number read from the run: most spans open at once, spans in all, or printed lines. */
export type CountMeasure = { of: 'in-flight'; spans: string } | { of: 'spans'; spans: string } | { of: 'lines'; text: string };

/** The question as the page carries it (the answer is never part of it). */
export type Question =
  | { kind: 'order'; lines: string[]; hideTimes: boolean }
  | { kind: 'time'; measure: TimeMeasure; choices?: number[]; tolerance: number }
  | { kind: 'count'; measure: CountMeasure; choices?: number[] };

export type PredictKind = Question['kind'];

/** The reader's prediction: lines in their order, or a number (ms for time, a count for count). */
export type Prediction = { kind: 'order'; lines: string[] } | { kind: 'number'; value: number };

/** Why a run cannot answer a question. */
export type Unanswerable =
  | { problem: 'status'; status: RunRecord['status'] }
  | { problem: 'no-lines' }
  | { problem: 'no-line'; text: string; nth: number }
  | { problem: 'no-spans'; spans: string }
  | { problem: 'lines-differ' };

export type Judgement =
  { right: boolean; kind: 'order'; actual: string[]; misplaced: boolean[] } | { right: boolean; kind: 'number'; actual: number } | Unanswerable;

/** What the program printed on purpose: every console line except errors (an uncaught error's report). */
export function printedLines(record: Pick<RunRecord, 'console'>): string[] {
  return record.console.filter((entry) => entry.level !== 'error').map((entry) => entry.text);
}

const timePattern = /\d+(?:\.\d+)?(?= ?ms\b)/g;

/** A line with its millisecond figures masked: "ready at 1000 ms" → "ready at … ms". */
export function maskTimes(line: string): string {
  return line.replace(timePattern, '…');
}

const anyNumber = /\d+(?:\.\d+)?/g;
/** A line with every number ignored; masked lines ("at … ms") compare equal to what they hide. */
export const looseForm = (line: string): string => maskTimes(line).replace(anyNumber, '#');
const loose = looseForm;

/** The number a time or count question asks about, or why the run cannot say. */
export function measure(question: Exclude<Question, { kind: 'order' }>, record: RunRecord): number | Unanswerable {
  if (record.status === 'timeout' || record.status === 'stopped') return { problem: 'status', status: record.status };
  if (question.kind === 'time') {
    const { measure: what } = question;
    if (what.of === 'elapsed') return record.virtualMs;
    const hit = record.console.filter((entry) => entry.text.includes(what.text))[what.nth - 1];
    return hit ? hit.at : { problem: 'no-line', text: what.text, nth: what.nth };
  }
  const what = question.measure;
  if (what.of === 'lines') {
    const count = printedLines(record).filter((line) => line.includes(what.text)).length;
    return count > 0 ? count : { problem: 'no-line', text: what.text, nth: 1 };
  }
  const spans = spansMatching(record.spans, what.spans);
  if (spans.length === 0) return { problem: 'no-spans', spans: what.spans };
  return what.of === 'spans' ? spans.length : peakInFlight(spans);
}

/** Multisets of lines are equal. */
function sameLines(a: string[], b: string[]): boolean {
  if (a.length !== b.length) return false;
  const sorted = (list: string[]) => [...list].sort().join('\n');
  return sorted(a) === sorted(b);
}

/**
 * Judges an order: by exact text when the run printed exactly the lines the page offered, else
 * with the times masked (the page may hide them), else with every number ignored (a busy machine
 * can print "701 ms" where the build saw "700 ms").
 */
export function judgeOrder(predicted: string[], record: RunRecord): Judgement {
  if (record.status === 'timeout' || record.status === 'stopped') return { problem: 'status', status: record.status };
  const actual = printedLines(record);
  if (actual.length === 0) return { problem: 'no-lines' };
  // The strictest form under which the page's lines and the run's lines are the same lines.
  const forms = [(line: string) => line, maskTimes, loose];
  const form = forms.find((candidate) => sameLines(predicted.map(candidate), actual.map(candidate)));
  if (!form) return { problem: 'lines-differ' };
  const misplaced = predicted.map((line, index) => form(line) !== form(actual[index]!));
  return { right: !misplaced.includes(true), kind: 'order', actual, misplaced };
}

/** The choice closest to `value` (the first of equally close ones). */
export function closestChoice(choices: number[], value: number): number {
  return choices.reduce((best, choice) => (Math.abs(choice - value) < Math.abs(best - value) ? choice : best));
}

/** Judges a prediction against the run. */
export function judge(question: Question, prediction: Prediction, record: RunRecord): Judgement {
  if (question.kind === 'order') {
    if (prediction.kind !== 'order') throw new Error('an order question needs lines in an order');
    return judgeOrder(prediction.lines, record);
  }
  if (prediction.kind !== 'number') throw new Error(`a ${question.kind} question needs a number`);
  const actual = measure(question, record);
  if (typeof actual !== 'number') return actual;
  const { value } = prediction;
  if (question.kind === 'count') return { right: value === actual, kind: 'number', actual };
  // A choice is right when it is the one nearest the measured time: "~1 s" for 1013 ms.
  const right = question.choices
    ? Math.abs(value - actual) === Math.abs(closestChoice(question.choices, actual) - actual)
    : Math.abs(value - actual) <= question.tolerance;
  return { right, kind: 'number', actual };
}

/**
 * The build step behind <Predict>: checks the block's props, finds the one runner it wraps, runs
 * that runner's compiled program in Node (run-in-node.ts) and makes sure the run can answer the
 * declared question — lines to order, a time to measure, spans or lines to count, and choices
 * that fit what the run measured. Anything else fails the build with a message naming the
 * component and the example. For an order question it also returns the printed lines, shuffled:
 * the only part of the answer the page needs, and in no meaningful order.
 */
import type { CompiledProgram, RunRecord } from '../../lab';
import {
  closestChoice,
  looseForm,
  maskTimes,
  measure,
  printedLines,
  type CountMeasure,
  type Question,
  type TimeMeasure,
  type Unanswerable,
} from '../../components/runner/predict/judge';
import { hashText } from '../../components/runner/saved-work';
import { runInNode } from './run-in-node';

/** The props of <Predict>, as MDX hands them over (unchecked). */
export interface PredictProps {
  kind?: unknown;
  question?: unknown;
  explanation?: unknown;
  hideTimes?: unknown;
  choices?: unknown;
  tolerance?: unknown;
  line?: unknown;
  nth?: unknown;
  inFlight?: unknown;
  spans?: unknown;
  lines?: unknown;
}

export interface PredictBlock {
  /** The wrapped example's file, the same in both languages: names the saved prediction. */
  id: string;
  question: Question;
  /** What the page shows, in its language. */
  text: { question: string; explanation: string };
}

const kinds = ['order', 'time', 'count'] as const;
const timeProps = ['choices', 'tolerance', 'line', 'nth'];
const countProps = ['choices', 'inFlight', 'spans', 'lines'];
const orderProps = ['hideTimes'];

class PredictError extends Error {}

function fail(where: string, problem: string): never {
  throw new PredictError(`<Predict${where}>: ${problem}`);
}

const shown = (value: unknown) => JSON.stringify(value) ?? String(value);
const text = (value: unknown) => typeof value === 'string' && value.trim() !== '';

function checkChoices(where: string, value: unknown, integers: boolean): number[] | undefined {
  if (value === undefined) return undefined;
  const ok =
    Array.isArray(value) &&
    value.length >= 3 &&
    value.length <= 4 &&
    value.every((n) => typeof n === 'number' && Number.isFinite(n) && n >= 0 && (!integers || Number.isInteger(n))) &&
    new Set(value).size === value.length;
  if (!ok)
    fail(
      where,
      `choices must be 3 or 4 different ${integers ? 'whole numbers' : 'numbers of milliseconds'}, like choices={[1000, 2000, 3000]}; got ${shown(value)}`,
    );
  return [...(value as number[])].sort((a, b) => a - b);
}

/** Checks the props and turns them into a question (an order question's lines come later, from the run). */
export function parseProps(props: PredictProps): { question: Question; text: PredictBlock['text'] } {
  const { kind } = props;
  if (!kinds.includes(kind as (typeof kinds)[number])) fail('', `kind must be "order", "time" or "count", got ${shown(kind)}`);
  const where = ` kind="${kind as string}"`;
  if (!text(props.question)) fail(where, `question is required: the question, in the page's language; got ${shown(props.question)}`);
  if (!text(props.explanation)) fail(where, `explanation is required: shown after the answer, in the page's language; got ${shown(props.explanation)}`);
  const allowed = kind === 'order' ? orderProps : kind === 'time' ? timeProps : countProps;
  const known = ['kind', 'question', 'explanation', ...allowed];
  for (const [name, value] of Object.entries(props)) {
    if (value !== undefined && !known.includes(name))
      fail(where, `unknown prop ${name}=${shown(value)}; a ${kind as string} question takes ${allowed.join(', ')}`);
  }
  const textOf = { question: props.question as string, explanation: props.explanation as string };
  if (kind === 'order') {
    if (props.hideTimes !== undefined && typeof props.hideTimes !== 'boolean') fail(where, `hideTimes must be true or false, got ${shown(props.hideTimes)}`);
    return { question: { kind: 'order', lines: [], hideTimes: props.hideTimes === true }, text: textOf };
  }
  if (kind === 'time') {
    const choices = checkChoices(where, props.choices, false);
    const { tolerance = 250, line, nth = 1 } = props;
    if (typeof tolerance !== 'number' || !(tolerance > 0)) fail(where, `tolerance must be a number of milliseconds above 0, got ${shown(tolerance)}`);
    if (line !== undefined && !text(line)) fail(where, `line must be text that the timed line contains, got ${shown(line)}`);
    if (!Number.isInteger(nth) || (nth as number) < 1) fail(where, `nth must be a whole number from 1, got ${shown(nth)}`);
    const measured: TimeMeasure = line === undefined ? { of: 'elapsed' } : { of: 'line', text: line as string, nth: nth as number };
    return { question: { kind: 'time', measure: measured, tolerance: tolerance as number, ...(choices ? { choices } : {}) }, text: textOf };
  }
  const choices = checkChoices(where, props.choices, true);
  const given = (['inFlight', 'spans', 'lines'] as const).filter((name) => props[name] !== undefined);
  if (given.length !== 1)
    fail(
      where,
      `say what to count with exactly one of inFlight="request", spans="sleep" or lines="heartbeat"; got ${given.length ? given.join(' and ') : 'none'}`,
    );
  const name = given[0]!;
  const value = props[name];
  if (!text(value)) fail(where, `${name} must be a span kind, a label prefix or text, got ${shown(value)}`);
  const counted: CountMeasure =
    name === 'inFlight'
      ? { of: 'in-flight', spans: value as string }
      : name === 'spans'
        ? { of: 'spans', spans: value as string }
        : { of: 'lines', text: value as string };
  return { question: { kind: 'count', measure: counted, ...(choices ? { choices } : {}) }, text: textOf };
}

/** The compiled program and file of the one runner in the block's rendered content. */
export function wrappedRunner(html: string): { program: CompiledProgram; file: string; expect: string } {
  const runners = html.match(/data-lab="runner"/g)?.length ?? 0;
  if (runners !== 1) fail('', `wraps exactly one <Runnable>, found ${runners} runners inside`);
  const key = /data-editor-key="example:([^"]+)"/.exec(html)?.[1];
  const json = /data-lab="program"[^>]*>([^<]*)<\/script>/.exec(html)?.[1];
  if (!key || !json) fail('', 'the runner inside is not a <Runnable> lesson example');
  const expect = /data-expect="(\w+)"/.exec(html)?.[1] ?? 'ok';
  return { program: JSON.parse(json) as CompiledProgram, file: key.replace(/\.zh\.ts$/, '.ts'), expect };
}

function explain(problem: Unanswerable): string {
  switch (problem.problem) {
    case 'status':
      return `its run ended with status "${problem.status}"`;
    case 'no-lines':
    case 'lines-differ':
      return 'it printed no lines';
    case 'no-line':
      return `it printed no line containing ${shown(problem.text)}${problem.nth > 1 ? ` ${problem.nth} times` : ''}`;
    case 'no-spans':
      return `its timeline has no span matching ${shown(problem.spans)}`;
  }
}

/** A shuffle that is the same in every build of the same lines (no churn in the built pages). */
function shuffled(lines: string[]): string[] {
  let seed = parseInt(hashText(lines.join('\n')), 16);
  const random = () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...lines];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/**
 * Holds a question to what the example's run produced. Returns the question the page carries,
 * or throws naming the example when the run cannot answer it.
 */
export function fitQuestion(question: Question, record: RunRecord, file: string): Question {
  const where = ` kind="${question.kind}"> around content/examples/${file}`;
  const bad = (problem: string): never => {
    throw new PredictError(`<Predict${where}: ${problem}`);
  };
  if (record.status === 'timeout' || record.status === 'stopped') bad(`the example did not finish when run at build time (${record.status})`);
  if (question.kind === 'order') {
    const lines = printedLines(record);
    if (new Set(lines.map(looseForm)).size < 2) bad(`the example must print at least two different lines to put in order; it printed ${shown(lines)}`);
    const offered = question.hideTimes ? lines.map(maskTimes) : lines;
    return { ...question, lines: shuffled(offered) };
  }
  const value = measure(question, record);
  if (typeof value !== 'number') return bad(`there is nothing to measure: ${explain(value)}`);
  if (question.choices) {
    const near = closestChoice(question.choices, value);
    const slack = question.kind === 'time' ? Math.max(50, near * 0.15) : 0;
    if (Math.abs(near - value) > slack) {
      bad(
        `the run measured ${Math.round(value)}${question.kind === 'time' ? ' ms' : ''}, and none of the choices ${shown(question.choices)} is ${question.kind === 'time' ? 'within 15 % of it' : 'that number'}: did the example change?`,
      );
    }
  }
  return question;
}

/** Everything a <Predict> needs, from its props and the HTML of what it wraps. */
export async function prepareBlock(
  props: PredictProps,
  html: string,
  run: (program: CompiledProgram) => Promise<RunRecord> = runInNode,
): Promise<PredictBlock> {
  const parsed = parseProps(props);
  const { program, file } = wrappedRunner(html);
  let record: RunRecord;
  try {
    record = await run(program);
  } catch (error) {
    return fail(` kind="${parsed.question.kind}"`, `the example content/examples/${file} could not be run at build time: ${(error as Error).message}`);
  }
  return { id: file, question: fitQuestion(parsed.question, record, file), text: parsed.text };
}

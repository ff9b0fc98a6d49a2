/**
 * Tells whether two records of one program describe the same run, for the proof that recording
 * (the inspector's Step through) changes nothing: the same lines, printed in the same order and in
 * the same turn of the loop, the same error or none, and the same times on the run's clock.
 *
 * Times can only agree up to CPU time: the run's clock counts real time while code runs (a busy
 * loop costs what it costs), so two runs of one program read a few ms apart even with recording
 * off. Each number in the output and the finish time may therefore differ by `tolerance`, derived
 * from the CPU time the unrecorded run used (`cpuMs`). Positions in stack traces (`main.ts:4:14`)
 * are no times: they must be equal.
 */
import type { RunRecord } from '../../src/lab/types';

/** A position in a printed stack, or a number. */
const token = /(\.[jt]s:\d+:\d+)|(-?\d+(?:\.\d+)?)/g;

function shape(text: string): { masked: string; numbers: number[] } {
  const numbers: number[] = [];
  const masked = text.replace(token, (match, position: string | undefined) => {
    if (position) return position;
    numbers.push(Number(match));
    return '#';
  });
  return { masked, numbers };
}

/** Real time the run spent running code, leaving out blockFor's spins (those cost exactly their ms). */
export function cpuMs(run: RunRecord): number {
  const spun = run.spans.filter((span) => span.kind === 'blockFor').reduce((sum, span) => sum + (span.end - span.start), 0);
  return Math.max(0, run.realMs - spun);
}

/** How far apart two readings of the run's clock may be: twice the CPU time, and 2 ms for rounding. */
export const toleranceFor = (off: RunRecord) => 2 + 2 * cpuMs(off);

/** What the two runs' records disagree on, one sentence each; empty when they describe the same run. */
export function runDifferences(off: RunRecord, on: RunRecord, tolerance = toleranceFor(off)): string[] {
  const found: string[] = [];
  const compareText = (where: string, a: string, b: string) => {
    const sa = shape(a);
    const sb = shape(b);
    if (sa.masked !== sb.masked || sa.numbers.length !== sb.numbers.length) {
      found.push(`${where}: ${JSON.stringify(a)} became ${JSON.stringify(b)}`);
      return;
    }
    sa.numbers.forEach((n, i) => {
      if (Math.abs(n - sb.numbers[i]!) > tolerance)
        found.push(`${where}: ${JSON.stringify(a)} became ${JSON.stringify(b)} (more than ${tolerance.toFixed(1)} apart)`);
    });
  };
  if (off.status !== on.status) found.push(`status ${off.status} became ${on.status}`);
  if (off.console.length !== on.console.length) found.push(`${off.console.length} console lines became ${on.console.length}`);
  off.console.slice(0, on.console.length).forEach((a, i) => {
    const b = on.console[i]!;
    if (a.level !== b.level || a.turn !== b.turn) found.push(`line ${i + 1} (${a.level}, turn ${a.turn}) became (${b.level}, turn ${b.turn})`);
    compareText(`line ${i + 1}`, a.text, b.text);
  });
  if (Boolean(off.error) !== Boolean(on.error)) found.push(`error ${off.error?.text ?? 'none'} became ${on.error?.text ?? 'none'}`);
  else if (off.error && on.error) {
    compareText('error', off.error.text, on.error.text);
    if (off.error.position?.line !== on.error.position?.line || off.error.position?.column !== on.error.position?.column)
      found.push(`error position ${JSON.stringify(off.error.position)} became ${JSON.stringify(on.error.position)}`);
  }
  if (Math.abs(off.virtualMs - on.virtualMs) > tolerance)
    found.push(`finished at ${off.virtualMs.toFixed(1)} ms, recorded at ${on.virtualMs.toFixed(1)} ms (more than ${tolerance.toFixed(1)} apart)`);
  return found;
}

/** A line with its numbers blanked: what CPU time cannot change. */
const lineShape = (entry: RunRecord['console'][number]) => `${entry.level} ${shape(entry.text).masked}`;

/**
 * Whether what the run prints depends on how fast this machine computes: it waited for a worker
 * (the loop keeps running on real time meanwhile), or its own code kept the loop busy for more
 * than 10 ms outside blockFor (a timed loop, a computation). blockFor itself costs exactly its ms.
 */
export function cpuTimed(run: RunRecord): boolean {
  const spins = run.spans.filter((span) => span.kind === 'blockFor');
  const insideSpin = (span: RunRecord['spans'][number]) => spins.some((spin) => span.start >= spin.start - 1 && span.end <= spin.end + 1);
  return run.spans.some((span) => span.kind === 'worker' || (span.kind === 'blocked' && !insideSpin(span)));
}

/**
 * Whether two timers set in different steps came due within `tolerance` ms of each other (read
 * from the recording's trace): which of them fires first is then decided by the fraction of a
 * millisecond the code between them took, recorded or not (never-block/waiting.ts: a 100 ms
 * heartbeat and a 250 + 450 ms wait both come due at about 700 ms).
 */
export function timersTie(on: RunRecord, tolerance: number): boolean {
  const sets: Array<{ timer: number; due: number; step: number }> = [];
  let step = 0;
  for (const event of on.inspector?.events ?? []) {
    if (event.e === 'step') step++;
    else if (event.e === 'set') sets.push({ timer: event.timer, due: event.due, step });
  }
  sets.sort((a, b) => a.due - b.due);
  return sets.some((a, i) => sets.slice(i + 1).some((b) => b.due - a.due <= tolerance && b.timer !== a.timer && b.step !== a.step));
}

/**
 * For a CPU-timed example (cpuTimed) two runs without recording already disagree on a busy
 * machine (how many heartbeats fit in a worker's computation, what a timed loop reads), so only
 * what CPU time cannot change is compared: the status, the error, and which kinds of lines were
 * printed (each line of one run looks like a line of the other, numbers aside).
 */
export function cpuIndependentDifferences(off: RunRecord, on: RunRecord): string[] {
  const found: string[] = [];
  if (on.status !== off.status) found.push(`status ${off.status} became ${on.status}`);
  const errorShape = (run: RunRecord) => (run.error ? `${run.error.name} ${shape(run.error.message).masked}` : 'none');
  if (errorShape(on) !== errorShape(off)) found.push(`error ${errorShape(off)} became ${errorShape(on)}`);
  const printed = new Set(off.console.map(lineShape));
  const recorded = new Set(on.console.map(lineShape));
  for (const line of recorded) if (!printed.has(line)) found.push(`only the recorded run printed: ${line}`);
  for (const line of printed) if (!recorded.has(line)) found.push(`the recorded run did not print: ${line}`);
  return found;
}

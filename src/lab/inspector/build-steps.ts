/**
 * Turns a recording (events.ts) into the steps the inspector shows: what ran in each step, and
 * the state of the loop after it — the microtask queue, the timers and lab operations pending,
 * the async functions parked at an await, and which console lines it printed.
 *
 * ## The microtask queue
 *
 * A job's start is recorded; when it entered the queue is known when its promise was already
 * settled as it was registered (queueMicrotask, `await` of a plain value or of a settled
 * promise, `then` on Promise.resolve()), or when the recorder saw the promise settle (a then
 * callback returned). Otherwise (a promise resolved by a timer, by Promise.all, by an async
 * function's return) the job is shown from the step just before it ran: the queue may then show
 * it later than it arrived, never earlier. The queue is first in, first out, so its order is the
 * order in which the jobs start.
 *
 * Everything is plain data and no DOM: the component draws it (components/runner/inspector).
 */
import type { InspectorTrace, StepKind } from './events';

export interface Step {
  /** 1-based. */
  index: number;
  kind: StepKind;
  /** The reader's line where it starts (the callback, the await it resumes, the line that set the timer). */
  line: number;
  /** The run's clock when it started, in ms. */
  at: number;
  /** The async function a microtask resumes, or the lab operation a timer completes. */
  name?: string;
  /** Console lines it printed: [consoleFrom, consoleTo). */
  consoleFrom: number;
  consoleTo: number;
}

export interface QueuedJob {
  line: number;
  name?: string;
}

export interface PendingTimer {
  line: number;
  due: number;
  kind: 'timer' | 'io';
  label?: string;
}

export interface ParkedFrame {
  name: string;
  line: number;
}

export interface StepState {
  microtasks: QueuedJob[];
  timers: PendingTimer[];
  parked: ParkedFrame[];
}

export interface Replay {
  steps: Step[];
  truncated: boolean;
  /** The loop's state once step `index` (1-based) has run. */
  stateAfter(index: number): StepState;
}

interface JobInfo {
  line: number;
  name?: string;
  registered: number;
  queuedAt?: number;
  started?: number;
  dropped?: number;
}

/** Builds the replay; `consoleLines` is how many lines the run printed in all. */
export function buildSteps(trace: InspectorTrace, consoleLines: number): Replay {
  const { events } = trace;
  const steps: Step[] = [];
  const jobs = new Map<number, JobInfo>();
  /** Index in `events` of each step's own event, so the state after it can be replayed. */
  const stepEnds: number[] = [];
  /** Timer labels name the lab operation a timer step completes. */
  const labels = new Map<number, string>();
  events.forEach((event, position) => {
    const current = steps.length;
    if (event.e === 'step') {
      if (current > 0) stepEnds.push(position);
      const job = event.job === undefined ? undefined : jobs.get(event.job);
      if (job) job.started = current + 1;
      const step: Step = { index: current + 1, kind: event.kind, line: event.line, at: event.at, consoleFrom: event.console, consoleTo: event.console };
      const name = job?.name ?? (event.timer === undefined ? undefined : labels.get(event.timer));
      if (name) step.name = name;
      steps.push(step);
    } else if (event.e === 'set') {
      if (event.label) labels.set(event.timer, event.label);
    } else if (event.e === 'job') {
      const info: JobInfo = { line: event.line, registered: current };
      if (event.name) info.name = event.name;
      if (event.queued) info.queuedAt = current;
      jobs.set(event.job, info);
    } else if (event.e === 'enqueue') {
      const job = jobs.get(event.job);
      if (job && job.queuedAt === undefined) job.queuedAt = current;
    } else if (event.e === 'drop') {
      const job = jobs.get(event.job);
      if (job) job.dropped = current;
    }
  });
  stepEnds.push(events.length);
  for (let i = 0; i < steps.length; i++) {
    steps[i]!.consoleTo = i + 1 < steps.length ? steps[i + 1]!.consoleFrom : Math.max(consoleLines, steps[i]!.consoleFrom);
  }

  const orderedJobs = [...jobs.values()].sort(
    (a, b) => (a.started ?? Infinity) - (b.started ?? Infinity) || (a.queuedAt ?? a.registered) - (b.queuedAt ?? b.registered),
  );
  /** The step after which a job sits in the queue (see the header). */
  const enteredQueue = (job: JobInfo): number | undefined => {
    const fallback = job.started === undefined ? undefined : job.started - 1;
    const known = job.queuedAt ?? fallback;
    if (known === undefined) return undefined;
    return Math.max(job.registered, fallback === undefined ? known : Math.min(known, fallback));
  };

  const stateAfter = (index: number): StepState => {
    const at = Math.min(Math.max(index, 1), steps.length);
    const microtasks: QueuedJob[] = [];
    for (const job of orderedJobs) {
      const entered = enteredQueue(job);
      if (entered === undefined || entered > at || entered < 1) continue;
      if (job.started !== undefined && job.started <= at) continue;
      if (job.dropped !== undefined && job.dropped <= at) continue;
      microtasks.push(job.name ? { line: job.line, name: job.name } : { line: job.line });
    }
    const timers = new Map<number, PendingTimer & { seq: number }>();
    const frames = new Map<number, ParkedFrame>();
    let seq = 0;
    const end = stepEnds[at - 1] ?? events.length;
    for (let i = 0; i < end; i++) {
      const event = events[i]!;
      if (event.e === 'set')
        timers.set(event.timer, { line: event.line, due: event.due, kind: event.kind, seq: seq++, ...(event.label ? { label: event.label } : {}) });
      else if (event.e === 'clear') timers.delete(event.timer);
      else if (event.e === 'step' && event.timer !== undefined) timers.delete(event.timer);
      else if (event.e === 'enter') frames.set(event.frame, { name: event.name, line: event.line });
      else if (event.e === 'park') {
        const frame = frames.get(event.frame);
        if (frame) frame.line = event.line;
      } else if (event.e === 'exit') frames.delete(event.frame);
    }
    return {
      microtasks,
      timers: [...timers.values()].sort((a, b) => a.due - b.due || a.seq - b.seq).map(({ seq: _seq, ...timer }) => timer),
      // Latest started first, as a call stack reads.
      parked: [...frames.values()].reverse(),
    };
  };

  return { steps, truncated: trace.truncated, stateAfter };
}

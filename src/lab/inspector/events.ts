/**
 * What a recording run writes down, as plain data (it crosses postMessage inside the RunRecord).
 * The sandbox's recorder (sandbox/recorder.ts) appends events in the order things happened;
 * build-steps.ts replays them into the steps the inspector shows. Events between two `step`
 * events happened during the first of them.
 *
 * Lines are the reader's TypeScript lines (0 when unknown). `site` numbers index the table that
 * instrument.ts produced for the program (async functions and awaits).
 */

/** What ran in one step of the loop. */
export type StepKind = 'script' | 'microtask' | 'timer' | 'io';

export type RecordedEvent =
  /** A step begins: the script, a microtask (`job`), a timer or a lab completion (`timer` id). */
  | { e: 'step'; kind: StepKind; line: number; at: number; job?: number; timer?: number; frame?: number; console: number }
  /**
   * A microtask job became known: a then/catch/finally callback or a queueMicrotask callback
   * registered, or an async function parked at an await (its continuation). `queued` says it
   * entered the queue at once (its promise was already settled).
   */
  | { e: 'job'; job: number; line: number; queued: boolean; frame?: number; name?: string }
  /** A job whose promise was still pending entered the queue now. */
  | { e: 'enqueue'; job: number }
  /** A job that will never run visibly (its promise took the other path): drop it. */
  | { e: 'drop'; job: number }
  /** An async function started (frame 0 is the module's top level). */
  | { e: 'enter'; frame: number; name: string; line: number }
  /** It stopped at the await on `line`. */
  | { e: 'park'; frame: number; line: number }
  /** It finished (returned or threw). */
  | { e: 'exit'; frame: number }
  /** A timer (or a lab operation, `io`) was set or re-armed; `due` in ms on the run's clock. */
  | { e: 'set'; timer: number; kind: 'timer' | 'io'; line: number; due: number; label?: string }
  | { e: 'clear'; timer: number };

/** The recorded part of a RunRecord. */
export interface InspectorTrace {
  events: RecordedEvent[];
  /** True when the run had more steps than the recorder keeps (the rest were not recorded). */
  truncated: boolean;
}

/** Steps a recording keeps; a longer run is recorded up to here and says so. */
export const maxSteps = 2_000;

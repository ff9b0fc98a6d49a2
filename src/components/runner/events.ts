/**
 * The events the runner elements fire (all bubble), one place for their names and details:
 * the exercise, the playground, the offline status and the sidebar listen for them.
 */
import type { RunRecord } from '../../lab';

/** A run finished (any status); fired by <al-runner>. */
export const runCompleteEvent = 'al-run-complete';
export interface RunCompleteDetail {
  record: RunRecord;
}

/** The runner's code changed (typing, Reset, a share link); fired by <al-runner>. */
export const codeChangeEvent = 'al-code-change';
export interface CodeChangeDetail {
  code: string;
  /** True when the code differs from what the page shipped. */
  edited: boolean;
}

/** An exercise was passed; fired by <al-exercise>. */
export const exerciseDoneEvent = 'al-exercise-done';
export interface ExerciseDoneDetail {
  slug: string;
}

/**
 * The inspector's entry (Step through, issue 14), apart from src/lab/index.ts for the same reason
 * as share-link.ts: the instrumenter needs acorn, which only the Step through chunk should carry.
 * The page imports it dynamically, when a reader first presses Step through.
 */
export { instrumentProgram } from '../compile/instrument';
export { buildSteps, type ParkedFrame, type PendingTimer, type QueuedJob, type Replay, type Step, type StepState } from './build-steps';
export { maxSteps, type InspectorTrace, type RecordedEvent, type StepKind } from './events';

/** Told of every timer the scheduler sets, fires and clears: the inspector's recorder (sandbox/recorder.ts). */
export interface SchedulerObserver {
  timerSet(id: number, due: number, rearmed: boolean): void;
  timerFired(id: number): void;
  timerCleared(id: number): void;
}

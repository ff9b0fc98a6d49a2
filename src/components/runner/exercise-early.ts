/**
 * What an exercise does before its script (exercise-element.ts, with the map of every check's
 * chunk) has loaded, which is on the reader's first interest in it or once the page is idle
 * (load-on-intent.ts): it shows its ✓ from saved progress at once, and keeps the last run its
 * runner finished meanwhile for the element to check when it arrives, since a reader may press
 * Run in an exercise before anything else.
 */
import type { RunRecord } from '../../lab';
import { runCompleteEvent, type RunCompleteDetail } from './events';
import { savedWork } from './saved-work-store';

const missed = new WeakMap<Element, RunRecord>();

/** Shows or hides an exercise's done badge (and its data-done, for styles and tests). */
export function showDone(exercise: HTMLElement, done: boolean): void {
  const badge = exercise.querySelector<HTMLElement>('[data-lab="exercise-done"]');
  if (badge) badge.hidden = !done;
  exercise.toggleAttribute('data-done', done);
}

/** Watches the page's exercises until their script is there; `load` fetches it. */
export function watchExercisesEarly(load: () => Promise<unknown>): void {
  const done = savedWork.doneExercises();
  for (const exercise of document.querySelectorAll<HTMLElement>('al-exercise')) {
    if (done.includes(exercise.dataset.slug ?? '')) showDone(exercise, true);
  }
  document.addEventListener(runCompleteEvent, (event) => {
    if (customElements.get('al-exercise')) return;
    const exercise = event.target instanceof Element ? event.target.closest('al-exercise') : null;
    if (!exercise) return;
    missed.set(exercise, (event as CustomEvent<RunCompleteDetail>).detail.record);
    void load().catch(() => undefined);
  });
}

/** The last run of `exercise`'s runner that finished before its script had loaded (given once). */
export function takeMissedRun(exercise: Element): RunRecord | undefined {
  const record = missed.get(exercise);
  missed.delete(exercise);
  return record;
}

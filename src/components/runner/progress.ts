/**
 * The reader's progress, derived from saved work: a lesson is finished when every exercise in it
 * has passed, or, for a lesson without exercises, once it was opened. Marks finished lessons in
 * the sidebar and the home page's list, and records the last lesson visited.
 */
import { savedWork } from './saved-work-store';
import { withoutBase } from '../../base-path';

export type LessonExercises = Record<string, string[]>;

/** The lesson slug of a path like /lessons/why-async/ or /zh/lessons/why-async/ (under the base). */
export function lessonOf(path: string): string | undefined {
  return /^\/(?:zh\/)?lessons\/([^/]+)\/?$/.exec(withoutBase(path))?.[1];
}

export function finishedLessons(map: LessonExercises, done: string[], visited: string[]): string[] {
  return Object.entries(map)
    .filter(([slug, exercises]) => (exercises.length > 0 ? exercises.every((exercise) => done.includes(exercise)) : visited.includes(slug)))
    .map(([slug]) => slug);
}

/** Adds ✓ (and a screen-reader word) to every link to a finished lesson under `root`. */
export function markFinished(root: ParentNode, map: LessonExercises, doneLabel: string): void {
  const finished = finishedLessons(map, savedWork.doneExercises(), savedWork.visitedLessons());
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    const slug = lessonOf(link.pathname);
    if (!slug || !finished.includes(slug) || link.dataset.done !== undefined) continue;
    link.dataset.done = '';
    const mark = document.createElement('span');
    mark.className = 'al-done-mark';
    mark.innerHTML = '<span aria-hidden="true"> ✓</span>';
    const text = document.createElement('span');
    text.className = 'sr-only';
    text.textContent = ` (${doneLabel})`;
    mark.append(text);
    (link.querySelector('span') ?? link).append(mark);
  }
}

/**
 * The page's one SavedWork over localStorage, and the notices about unreadable saved work.
 * Kept apart from the sandbox and compiler services so the sidebar and home page can read
 * progress without loading any of the runner.
 */
import { SavedWork, type StorageProblem } from './saved-work';

type ProblemListener = (problem: StorageProblem) => void;
const problemListeners = new Set<ProblemListener>();
const reported = new Set<string>();
const problems: StorageProblem[] = [];

/**
 * Hears about unreadable saved work (once per key and kind) so the page can say so. Problems
 * found before the listener came (saved data is read as the page starts) are replayed to it.
 */
export function onStorageProblem(listener: ProblemListener): () => void {
  problemListeners.add(listener);
  for (const problem of problems) listener(problem);
  return () => problemListeners.delete(listener);
}

/** The page's localStorage, or undefined where reading it throws (storage blocked for the site). */
export function safeLocalStorage(): Storage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

export const savedWork = new SavedWork(safeLocalStorage(), (problem, key) => {
  if (reported.has(`${problem}:${key}`)) return;
  reported.add(`${problem}:${key}`);
  problems.push(problem);
  for (const listener of problemListeners) listener(problem);
});

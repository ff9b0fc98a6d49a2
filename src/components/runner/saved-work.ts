/**
 * The reader's saved work in localStorage: edited code per editor, finished exercises, and the
 * last lesson visited. Anything stored may be stale, hand-edited or written by an older version,
 * so every read is validated; an unreadable entry is removed and reported once through
 * `onProblem`, never thrown. Storage that refuses writes (private mode, quota) is reported the
 * same way and the page keeps working without it.
 */
import { fnv1a } from '../../shared/fnv1a';

const prefix = 'async-lab:v1:';

export type StorageProblem = 'corrupted' | 'unavailable';

export interface SavedCode {
  /** Hash of the starter the code was edited from; a changed starter invalidates the save. */
  starterHash: string;
  code: string;
  savedAt: number;
}

export interface LastVisit {
  path: string;
  title: string;
  at: number;
}

/** FNV-1a, 32 bit, as hex: a stable fingerprint of a starter's text, not a security hash. */
export function hashText(text: string): string {
  return fnv1a(text).toString(16).padStart(8, '0');
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

function isSavedCode(value: unknown): value is SavedCode {
  return isRecord(value) && typeof value.starterHash === 'string' && typeof value.code === 'string' && typeof value.savedAt === 'number';
}

function isStringList(value: unknown): value is string[] {
  return Array.isArray(value) && value.every((item) => typeof item === 'string');
}

function isLastVisit(value: unknown): value is LastVisit {
  return isRecord(value) && typeof value.path === 'string' && value.path.startsWith('/') && typeof value.title === 'string' && typeof value.at === 'number';
}

/** A prediction block's score: the first attempt is kept, later ones only counted. */
export interface SavedPrediction {
  /** `unscored` when the reader ran the example before their first prediction. */
  first: 'right' | 'wrong' | 'unscored';
  last: 'right' | 'wrong';
  attempts: number;
}

const isResult = (value: unknown) => value === 'right' || value === 'wrong';

function isPredictions(value: unknown): value is Record<string, SavedPrediction> {
  return (
    isRecord(value) &&
    Object.values(value).every(
      (entry) =>
        isRecord(entry) &&
        (isResult(entry.first) || entry.first === 'unscored') &&
        isResult(entry.last) &&
        Number.isInteger(entry.attempts) &&
        (entry.attempts as number) >= 1,
    )
  );
}

export class SavedWork {
  constructor(
    private readonly storage: Pick<Storage, 'getItem' | 'setItem' | 'removeItem'> | undefined,
    private readonly onProblem: (problem: StorageProblem, key: string) => void = () => {},
  ) {}

  /** The reader's code for `editorKey`, if it was saved from this very starter. */
  loadCode(editorKey: string, starter: string): string | undefined {
    const saved = this.read(`code:${editorKey}`, isSavedCode);
    return saved && saved.starterHash === hashText(starter) ? saved.code : undefined;
  }

  saveCode(editorKey: string, starter: string, code: string): void {
    if (code === starter) return this.remove(`code:${editorKey}`);
    this.write(`code:${editorKey}`, { starterHash: hashText(starter), code, savedAt: Date.now() } satisfies SavedCode);
  }

  forgetCode(editorKey: string): void {
    this.remove(`code:${editorKey}`);
  }

  /** Slugs of the exercises the reader has passed. */
  doneExercises(): string[] {
    return this.read('done', isStringList) ?? [];
  }

  markDone(exercise: string): void {
    const done = this.doneExercises();
    if (!done.includes(exercise)) this.write('done', [...done, exercise]);
  }

  /** Lessons the reader has opened (what finishes a lesson that has no exercise). */
  visitedLessons(): string[] {
    return this.read('visited', isStringList) ?? [];
  }

  markVisited(lesson: string): void {
    const visited = this.visitedLessons();
    if (!visited.includes(lesson)) this.write('visited', [...visited, lesson]);
  }

  lastVisit(): LastVisit | undefined {
    return this.read('last', isLastVisit);
  }

  recordVisit(visit: LastVisit): void {
    this.write('last', visit);
  }

  /** Every prediction block's score, by block id. */
  predictions(): Record<string, SavedPrediction> {
    return this.read('predictions', isPredictions) ?? {};
  }

  /** Counts one more checked prediction; the first one is kept as the block's score. */
  recordPrediction(id: string, result: 'right' | 'wrong', scored: boolean): SavedPrediction {
    const all = this.predictions();
    const before = all[id];
    const entry: SavedPrediction = before
      ? { first: before.first, last: result, attempts: before.attempts + 1 }
      : { first: scored ? result : 'unscored', last: result, attempts: 1 };
    this.write('predictions', { ...all, [id]: entry });
    return entry;
  }

  private read<T>(key: string, valid: (value: unknown) => value is T): T | undefined {
    let raw: string | null;
    try {
      raw = this.storage?.getItem(prefix + key) ?? null;
    } catch {
      this.onProblem('unavailable', key);
      return undefined;
    }
    if (raw === null) return undefined;
    try {
      const value: unknown = JSON.parse(raw);
      if (valid(value)) return value;
    } catch {
      // Falls through: unparsable is as bad as the wrong shape.
    }
    this.remove(key);
    this.onProblem('corrupted', key);
    return undefined;
  }

  private write(key: string, value: unknown): void {
    try {
      this.storage?.setItem(prefix + key, JSON.stringify(value));
    } catch {
      this.onProblem('unavailable', key);
    }
  }

  private remove(key: string): void {
    try {
      this.storage?.removeItem(prefix + key);
    } catch {
      this.onProblem('unavailable', key);
    }
  }
}

/** The storage key prefix, for tests and for the corrupted-entry e2e. */
export const savedWorkPrefix = prefix;

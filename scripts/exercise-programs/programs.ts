/**
 * Finds every program an exercise folder holds and what it must do: the starter (and its zh
 * twin) fails a check, the solution (and its twin) passes them all, every cheats/*.ts fails at
 * least one check and every alternatives/*.ts passes them all. Any exercise folder counts,
 * including ones added later: nothing here names an exercise.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export type Expectation = 'fail' | 'pass';

export interface ExerciseProgram {
  /** "cheats/print-early.ts", "solution.zh.ts"... */
  name: string;
  source: string;
  expect: Expectation;
}

export const exercisesDir = join(process.cwd(), 'content', 'exercises');

export function exerciseSlugs(): string[] {
  return readdirSync(exercisesDir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory() && existsSync(join(exercisesDir, entry.name, 'check.ts')))
    .map((entry) => entry.name)
    .sort();
}

function folder(slug: string, sub: 'cheats' | 'alternatives'): string[] {
  const dir = join(exercisesDir, slug, sub);
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => `${sub}/${name}`);
}

export function programsOf(slug: string): ExerciseProgram[] {
  const read = (name: string) => readFileSync(join(exercisesDir, slug, name), 'utf8');
  const top = ['starter.ts', 'starter.zh.ts', 'solution.ts', 'solution.zh.ts'].filter((name) => existsSync(join(exercisesDir, slug, name)));
  return [
    ...top.map((name) => ({ name, source: read(name), expect: (name.startsWith('starter') ? 'fail' : 'pass') as Expectation })),
    ...folder(slug, 'cheats').map((name) => ({ name, source: read(name), expect: 'fail' as const })),
    ...folder(slug, 'alternatives').map((name) => ({ name, source: read(name), expect: 'pass' as const })),
  ];
}

/** The comment a cheat or alternative starts with: which trick it tries, or which way it solves. */
export function leadingComment(source: string): string | undefined {
  const match = /^\s*(?:\/\/\s*(.+)|\/\*+\s*([\s\S]*?)\*\/)/.exec(source);
  const text = (match?.[1] ?? match?.[2])?.replace(/^\s*\*\s?/gm, '').trim();
  return text || undefined;
}

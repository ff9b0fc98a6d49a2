/**
 * Build-time loading and validation of an exercise folder, content/exercises/<slug>/:
 * starter.ts, solution.ts, check.ts and hints.json. A missing file, code that does not compile,
 * a check.ts that does not compile, or hints that are not the same in both languages fail the
 * build with the slug in the message.
 *
 * starter.zh.ts and solution.zh.ts, when present, are what Chinese pages show: the same code with
 * comments in Chinese. "The same code" is checked: both minify to identical JavaScript (which
 * drops every comment), so one check.ts judges both and a zh twin cannot drift.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { CompiledProgram } from '../lab';
import type { Locale } from '../i18n';
import { bundleCheck, codeWithoutComments, precompile } from './esbuild';
import { exercisesDir } from './examples';

export interface Hints {
  en: string[];
  zh: string[];
}

export interface ExerciseFiles {
  slug: string;
  /** Where the reader's code is saved: one key per starter text, so languages never overwrite each other. */
  editorKey: string;
  starter: string;
  solution: string;
  program: CompiledProgram;
  /** The solution, compiled too: "Put the solution in the editor" then runs without the compiler. */
  solutionProgram: CompiledProgram;
  hints: Hints;
}

const fail = (slug: string, problem: string): never => {
  throw new Error(`<Exercise slug="${slug}">: ${problem}`);
};

function readRequired(slug: string, name: string): string {
  const path = join(exercisesDir, slug, name);
  if (!existsSync(path)) fail(slug, `content/exercises/${slug}/${name} is missing`);
  return readFileSync(path, 'utf8');
}

/** Compiles one file of an exercise folder; a compile error fails the build naming the slug. */
function precompileFile(slug: string, name: string, source: string): Promise<CompiledProgram> {
  return precompile(source, `content/exercises/${slug}/${name}`).catch((error: Error) => fail(slug, error.message));
}

function parseHints(slug: string, text: string): Hints {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    return fail(slug, `hints.json is not valid JSON (${(error as Error).message})`);
  }
  const list = (lang: Locale) => {
    const hints = (value as Record<string, unknown> | null)?.[lang];
    if (!Array.isArray(hints) || !hints.every((hint) => typeof hint === 'string' && hint.trim())) {
      fail(slug, `hints.json needs "${lang}": a list of non-empty strings`);
    }
    return hints as string[];
  };
  const hints = { en: list('en'), zh: list('zh') };
  if (hints.en.length !== hints.zh.length) fail(slug, `hints.json has ${hints.en.length} English hints but ${hints.zh.length} Chinese ones`);
  return hints;
}

/** Each exercise folder is read and validated once, for both languages: pages only pick one. */
const validated = new Map<string, Promise<Record<Locale, ExerciseFiles>>>();

/** A Chinese twin of `name` (starter.ts → starter.zh.ts), held to the very same code as `english`. */
async function chineseTwin(slug: string, name: string, english: string): Promise<{ source: string; program: CompiledProgram } | undefined> {
  const twin = name.replace(/\.ts$/, '.zh.ts');
  const path = join(exercisesDir, slug, twin);
  if (!existsSync(path)) return undefined;
  const source = readFileSync(path, 'utf8');
  const [program, ours, theirs] = await Promise.all([precompileFile(slug, twin, source), codeWithoutComments(source), codeWithoutComments(english)]);
  if (ours !== theirs) fail(slug, `${twin} must be ${name} with only its comments translated, but its code differs`);
  return { source, program };
}

async function validate(slug: string): Promise<Record<Locale, ExerciseFiles>> {
  if (!existsSync(join(exercisesDir, slug))) fail(slug, `there is no folder content/exercises/${slug}/`);
  const starter = readRequired(slug, 'starter.ts');
  const solution = readRequired(slug, 'solution.ts');
  readRequired(slug, 'check.ts');
  const hints = parseHints(slug, readRequired(slug, 'hints.json'));
  const [program, solutionProgram, , starterZh, solutionZh] = await Promise.all([
    precompileFile(slug, 'starter.ts', starter),
    precompileFile(slug, 'solution.ts', solution),
    checkCompiles(slug),
    // Validated with the English files, so an English build alone catches a drifted twin.
    chineseTwin(slug, 'starter.ts', starter),
    chineseTwin(slug, 'solution.ts', solution),
  ]);
  const en: ExerciseFiles = { slug, editorKey: `exercise:${slug}`, starter, solution, program, solutionProgram, hints };
  const zh: ExerciseFiles = starterZh
    ? {
        ...en,
        editorKey: `exercise:${slug}:zh`,
        starter: starterZh.source,
        program: starterZh.program,
        ...(solutionZh ? { solution: solutionZh.source, solutionProgram: solutionZh.program } : {}),
      }
    : en;
  return { en, zh };
}

export async function loadExercise(slug: string, locale: Locale = 'en'): Promise<ExerciseFiles> {
  if (typeof slug !== 'string' || !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(slug)) {
    throw new Error(`<Exercise>: slug must be kebab-case like "overlap-waits", got ${JSON.stringify(slug)}`);
  }
  let both = validated.get(slug);
  if (!both) {
    both = validate(slug);
    validated.set(slug, both);
  }
  return (await both)[locale];
}

/** Bundles check.ts the way the page will, so a broken import or syntax error fails the build here. */
async function checkCompiles(slug: string): Promise<void> {
  await bundleCheck(join(exercisesDir, slug, 'check.ts')).catch((error: Error) => fail(slug, `check.ts does not compile:\n${error.message}`));
}

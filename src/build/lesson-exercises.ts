/**
 * Which exercises each lesson holds, read from the English lesson files at build time (the
 * Chinese pages have the same exercises). The sidebar and the home page use it to tell which
 * lessons the reader has finished.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonSlugs } from '../lessons.mjs';

export type LessonExercises = Record<string, string[]>;

export function lessonExercises(root = process.cwd()): LessonExercises {
  const map: LessonExercises = {};
  for (const slug of lessonSlugs) {
    const file = join(root, 'content', 'docs', 'lessons', `${slug}.mdx`);
    if (!existsSync(file)) continue;
    const text = readFileSync(file, 'utf8');
    map[slug] = [...text.matchAll(/<Exercise\s[^>]*slug=["']([^"']+)["']/g)].map((match) => match[1]!);
  }
  return map;
}

/**
 * Which prediction blocks the site holds, read from the English lesson files at build time (the
 * Chinese pages wrap the same examples, and a block's id is its example's file, the same in both
 * languages). The home page counts the reader's first-time-right predictions against this list.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { lessonSlugs } from '../../lessons.mjs';

export function lessonPredictions(root = process.cwd()): string[] {
  const ids: string[] = [];
  for (const slug of lessonSlugs) {
    const file = join(root, 'content', 'docs', 'lessons', `${slug}.mdx`);
    if (!existsSync(file)) continue;
    for (const [block] of readFileSync(file, 'utf8').matchAll(/<Predict\s[\s\S]*?<\/Predict>/g)) {
      const example = /<Runnable\s[^>]*file=["']([^"']+)["']/.exec(block)?.[1];
      if (example) ids.push(example);
    }
  }
  return ids;
}

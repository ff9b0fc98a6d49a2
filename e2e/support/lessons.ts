import { readFileSync } from 'node:fs';
import { builtPages } from './site';

/** Every built lesson page, English and Chinese. */
export const lessonPages = () => builtPages().filter((path) => /\/lessons\/[^/]+\/$/.test(path));

/** The runner contract's button names in a page's language. */
export const runLabel = (path: string) => (path.startsWith('/zh/') ? '运行' : 'Run');

/** The exercise buttons' names in a page's language. */
export const exerciseLabels = (path: string) =>
  path.startsWith('/zh/')
    ? { solution: '查看答案', confirm: '确定', useSolution: '把答案放进编辑器' }
    : { solution: 'Show solution', confirm: 'Yes', useSolution: 'Put the solution in the editor' };

/** A built page's HTML, from dist/. */
export const builtHtml = (path: string) => readFileSync(new URL(`../../dist${path}index.html`, import.meta.url), 'utf8');

/** The slugs of the exercises on a built lesson page, in page order. */
export const exerciseSlugs = (path: string) => [...builtHtml(path).matchAll(/<al-exercise[^>]*data-slug="([^"]+)"/g)].map((m) => m[1]!);

/** How many exercises the English lessons hold (the Chinese ones mirror them). */
export const builtExercises = () =>
  lessonPages()
    .filter((path) => !path.startsWith('/zh/'))
    .flatMap(exerciseSlugs).length;

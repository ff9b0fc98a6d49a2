/**
 * Keeps the 简体中文 text consistent: one word per idea (glossary.zh.json), full-width
 * punctuation in Chinese prose, and links to a lesson that read exactly as that lesson's title.
 * Checks the zh pages, the comments of the zh examples and exercise files, and the zh hints.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = new URL('.', import.meta.url).pathname;
const glossary = JSON.parse(readFileSync(join(root, 'glossary.zh.json'), 'utf8')) as {
  terms: Array<{ en: string; use: string; avoid: string[] }>;
};

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? walk(join(dir, entry.name)) : [join(dir, entry.name)]));
}

/** Prose of an MDX page: no imports, code blocks, code spans, tags or emphasis marks. */
export function mdxProse(source: string): string {
  return source
    .replace(/^---\n[\s\S]*?\n---\n/, (front) => [...front.matchAll(/^(?:title|description): (.*)$/gm)].map((m) => m[1]).join('\n'))
    .replace(/^import .*$/gm, '')
    .replace(/^```[\s\S]*?^```/gm, '')
    .replace(/`[^`\n]+`/g, 'C')
    .replace(/\[([^\]\n]*)\]\([^)\n]*\)/g, '$1')
    .replace(/<[^>\n]+>/g, ' ')
    .replace(/\*+/g, '');
}

/** The `//` comments of a TypeScript file (the examples have no block comments). */
export function commentProse(source: string): string {
  return [...source.matchAll(/(?:^|[^:])\/\/(.*)$/gm)].map((m) => m[1]!.replace(/`[^`\n]+`/g, 'C')).join('\n');
}

const han = '\\p{Script=Han}';
const punctuationRules: Array<[string, RegExp]> = [
  ['ASCII punctuation before Chinese', new RegExp(`[,;:!?] ?${han}`, 'u')],
  ['ASCII punctuation after Chinese', new RegExp(`${han}[,;:!?]`, 'u')],
  ['ASCII parentheses around Chinese', new RegExp(`\\([^()\\n]*${han}[^()\\n]*\\)`, 'u')],
  ['ASCII parenthesis touching Chinese', new RegExp(`${han}\\(|\\)${han}`, 'u')],
  ['ASCII comma without a space', /[A-Za-z],[A-Za-z]/],
  ['full-width parentheses in code', /[A-Za-z]（）/],
];

/** What is wrong with one piece of Chinese prose: banned variants and half-width punctuation. */
export function problems(prose: string): string[] {
  const found: string[] = [];
  for (const line of prose.split('\n')) {
    for (const { use, avoid } of glossary.terms) {
      for (const variant of avoid) {
        const pattern = /^[A-Za-z]+$/.test(variant) ? new RegExp(`\\b${variant}\\b`, 'i') : new RegExp(variant);
        if (pattern.test(line)) found.push(`"${variant}" (write "${use}"): ${line.trim()}`);
      }
    }
    for (const [rule, pattern] of punctuationRules) {
      if (pattern.test(line)) found.push(`${rule}: ${line.trim()}`);
    }
  }
  return found;
}

describe('the checks themselves', () => {
  test.each([
    ['等计时器到期', '"计时器"'],
    ['调用 async 函数时', '"async 函数"'],
    ['带连接数限制的 client', '"client"'],
    ['`queueMicrotask`, 以及', 'ASCII punctuation before Chinese'],
    ['是**事件循环**: 它', 'ASCII punctuation before Chinese'],
    ['`/delay/N`(N 秒后响应)', 'ASCII parentheses around Chinese'],
    ['fast 在 300 ms,slow 在 500 ms', 'ASCII comma without a space'],
    ['// 队列为空时 get（）会等待', 'full-width parentheses in code'],
  ])('%s is flagged', (text, expected) => {
    const prose = text.startsWith('//') ? commentProse(text) : mdxProse(text);
    expect(problems(prose).join('\n')).toContain(expected);
  });

  test.each([
    '调用 `createClient({ limit })` 得到一个客户端，再用 `client.get(url)` 发请求。',
    '定时器（`setTimeout`、`setInterval`）是安排到以后执行的任务。',
    '`async function` 可以在每个 `await` 处暂停。',
    '下一课：[超时](/zh/lessons/timeouts/)',
  ])('%s passes', (text) => {
    expect(problems(mdxProse(text))).toEqual([]);
  });
});

const zhPages = walk(join(root, 'docs/zh')).filter((file) => file.endsWith('.mdx'));
const zhCode = walk(join(root, 'examples'))
  .concat(walk(join(root, 'exercises')))
  .filter((file) => file.endsWith('.zh.ts'));
const hintFiles = walk(join(root, 'exercises')).filter((file) => file.endsWith('hints.json'));

describe('Chinese text follows the glossary and uses full-width punctuation', () => {
  test.each(zhPages.map((file) => [relative(root, file), file]))('%s', (_name, file) => {
    expect(problems(mdxProse(readFileSync(file, 'utf8')))).toEqual([]);
  });

  test('comments of the zh examples and exercise files', () => {
    expect(zhCode.length).toBeGreaterThan(20);
    const found = zhCode.flatMap((file) => problems(commentProse(readFileSync(file, 'utf8'))).map((p) => `${relative(root, file)}: ${p}`));
    expect(found).toEqual([]);
  });

  test('zh hints', () => {
    expect(hintFiles.length).toBeGreaterThan(5);
    const found = hintFiles.flatMap((file) => {
      const hints = (JSON.parse(readFileSync(file, 'utf8')) as { zh: string[] }).zh;
      return hints.flatMap((hint) => problems(mdxProse(hint)).map((p) => `${relative(root, file)}: ${p}`));
    });
    expect(found).toEqual([]);
  });
});

describe('a link to a lesson reads as that lesson’s title', () => {
  const pages = walk(join(root, 'docs')).filter((file) => /\/lessons\/[^/]+\.mdx$/.test(file));
  const titleOf = new Map(
    pages.map((file) => {
      const slug = relative(join(root, 'docs'), file).replace(/\.mdx$/, '');
      const title = /^title:\s*(.+)$/m.exec(readFileSync(file, 'utf8'))?.[1]?.trim();
      return [`/${slug}/`, title];
    }),
  );

  test.each(pages.map((file) => [relative(root, file), file]))('%s', (_name, file) => {
    const links = [...readFileSync(file, 'utf8').matchAll(/\[([^\]]+)\]\((\/(?:zh\/)?lessons\/[^/#)]+\/)\)/g)];
    const wrong = links
      .filter(([, text, href]) => titleOf.has(href!) && titleOf.get(href!) !== text)
      .map(([, text, href]) => `[${text}](${href}) should read "${titleOf.get(href!)}"`);
    expect(wrong).toEqual([]);
  });
});

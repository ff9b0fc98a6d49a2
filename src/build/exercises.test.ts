import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exercisesDir } from './examples';
import { codeWithoutComments } from './esbuild';
import { loadExercise } from './exercises';

describe('loadExercise', () => {
  const slugs = readdirSync(exercisesDir);

  it.each(slugs)('%s loads in both languages, the Chinese one with its own saved-work key', async (slug) => {
    const en = await loadExercise(slug, 'en');
    const zh = await loadExercise(slug, 'zh');
    expect(en.editorKey).toBe(`exercise:${slug}`);
    // A zh twin is the English code with other comments: the same checks apply to both.
    expect(await codeWithoutComments(zh.starter)).toBe(await codeWithoutComments(en.starter));
    expect(await codeWithoutComments(zh.solution)).toBe(await codeWithoutComments(en.solution));
    if (zh.starter !== en.starter) expect(zh.editorKey).toBe(`exercise:${slug}:zh`);
  });

  it('tells comment-only twins from twins whose code drifted, which is what the build relies on', async () => {
    const english = await codeWithoutComments(
      'class Q {\n  /** Waits. */\n  items = [1, /* one */ 2];\n}\n// wait a second\nawait new Promise((r) => setTimeout(r, 1000));\n',
    );
    const comments = await codeWithoutComments(
      'class Q {\n  /** 等待。 */\n  items = [1, /* 一 */ 2];\n}\n// 等一秒\nawait new Promise((r) => setTimeout(r, 1000));\n',
    );
    const drifted = await codeWithoutComments(
      'class Q {\n  /** 等待。 */\n  items = [1, /* 一 */ 2];\n}\n// 等一秒\nawait new Promise((r) => setTimeout(r, 100));\n',
    );
    expect(comments).toBe(english);
    expect(drifted).not.toBe(english);
  });

  it('names the slug when a folder is missing', async () => {
    await expect(loadExercise('no-such-exercise', 'zh')).rejects.toThrow('<Exercise slug="no-such-exercise">');
  });
});

import { expect, test } from 'vitest';
import { inlineMarkdown } from './inline-markdown';

test.each([
  ['plain text', 'plain text'],
  ['use `Promise.all`', 'use <code>Promise.all</code>'],
  ['**not** `a<b>`', '<strong>not</strong> <code>a&#60;b&#62;</code>'],
  ['<script>alert(1)</script>', '&#60;script&#62;alert(1)&#60;/script&#62;'],
  ['a `lone backtick', 'a `lone backtick'],
  ['an *italic* word and 2 * 3', 'an <em>italic</em> word and 2 * 3'],
])('%j becomes %j', (input, html) => {
  expect(inlineMarkdown(input)).toBe(html);
});

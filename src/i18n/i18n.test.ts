import { describe, expect, test } from 'vitest';
import en from './en.json';
import zh from './zh-CN.json';
import { t } from './index';

const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('ui strings', () => {
  test('zh-CN has exactly the keys of en', () => {
    expect(Object.keys(zh).sort()).toEqual(Object.keys(en).sort());
  });

  test.each(Object.keys(en) as (keyof typeof en)[])('%s uses the same placeholders in both languages', (key) => {
    expect(placeholders(zh[key])).toEqual(placeholders(en[key]));
    expect(zh[key].trim()).not.toBe('');
  });

  test('placeholders are filled by name and unknown ones are left visible', () => {
    expect(t('en', 'console.more', { count: 3 })).toBe('3 more lines were printed but are not shown.');
    expect(t('zh', 'home.progress', { done: 2, total: 13 })).toBe('已完成 2/13 个练习');
    expect(t('en', 'console.more')).toBe('{{count}} more lines were printed but are not shown.');
  });
});

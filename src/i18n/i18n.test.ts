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
    expect(t('en', 'runner.run')).toBe('Run');
    expect(t('zh', 'runner.stop')).toBe('停止');
  });
});

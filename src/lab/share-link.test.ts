import { describe, expect, test } from 'vitest';
import { clockFromSearch, decodeShareHash, encodeShareHash, initialCode } from './share-link';

describe('share links', () => {
  test.each([
    ['ascii', 'import { sleep } from "lab";\nawait sleep(1000);\nconsole.log("done");'],
    ['Chinese text and emoji', 'console.log("你好,异步世界 🌏");'],
    ['symbols that URLs care about', 'const q = "a=1&b=2#frag?x=%20";'],
    ['a long snippet', 'console.log(1);\n'.repeat(500)],
  ])('round-trips %s', (_name, source) => {
    const hash = encodeShareHash(source);
    expect(hash.startsWith('#code/')).toBe(true);
    expect(hash).toMatch(/^#code\/[A-Za-z0-9+\-$]*$/);
    expect(decodeShareHash(hash)).toBe(source);
  });

  test('the payload is exactly lz-string compressToEncodedURIComponent, as the TypeScript Playground writes it', () => {
    // A fixed vector, so a change of library or encoding cannot slip through unnoticed.
    expect(encodeShareHash('console.log("hi")')).toBe('#code/MYewdgziA2CmB00QHMAUAiAFgS3QSiA');
    expect(decodeShareHash('#code/MYewdgziA2CmB00QHMAUAiAFgS3QSiA')).toBe('console.log("hi")');
  });

  test('a hash that was URI-encoded once more still decodes', () => {
    const hash = encodeShareHash('let x = 1;');
    const encoded = `#code/${encodeURIComponent(encodeURIComponent(hash.slice(6)))}`;
    expect(decodeShareHash(encoded)).toBe('let x = 1;');
  });

  test.each(['', '#', '#code/', '#code/%%%', '#other/abc', '#code/!!!not-lz'])('%j holds no code', (hash) => {
    expect(decodeShareHash(hash)).toBeUndefined();
  });
});

describe('initialCode', () => {
  test('a link wins over saved code, saved code over the default', () => {
    const hash = encodeShareHash('from link');
    expect(initialCode({ location: { hash }, saved: 'saved', fallback: 'default' })).toEqual({ code: 'from link', from: 'link' });
    expect(initialCode({ location: { hash: '' }, saved: 'saved', fallback: 'default' })).toEqual({ code: 'saved', from: 'saved' });
    expect(initialCode({ location: { hash: '#code/%%%' }, fallback: 'default' })).toEqual({ code: 'default', from: 'fallback' });
  });

  test('?clock=real selects the real clock; anything else is instant', () => {
    expect(clockFromSearch('?clock=real')).toBe('real');
    expect(clockFromSearch('?clock=fast')).toBe('instant');
    expect(clockFromSearch('')).toBe('instant');
  });
});

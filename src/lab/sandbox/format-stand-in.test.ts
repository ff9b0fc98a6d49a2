import { describe, expect, test } from 'vitest';
import * as real from '../format/inspect';
import { formatArgs, hasFormatter, inspect, installFormatter, onFormatterMissing } from './format-stand-in';

// Before installFormatter: every case here must print exactly what the real formatter prints.
const plainArgs: unknown[][] = [
  [],
  ['tea ready at 1000 ms'],
  ['a', 'b', 'c'],
  ['100%'],
  ['%s'],
  ['n =', 1, -0, 0.1, NaN, -Infinity, 10n, true, false, null, undefined],
  [1, 'x', 2],
  ['', ''],
];
const needsFormatter: unknown[][] = [['%s', 'x'], ['a', {}], [[1, 2]], ['e', new Error('x')], [Symbol('s')], [() => 1], ['%d%%', 1]];

describe('the sandbox formatter before its script has arrived', () => {
  let missed = 0;
  onFormatterMissing(() => missed++);

  test.each(plainArgs.map((args) => [JSON.stringify(args, (_, v: unknown) => (typeof v === 'bigint' ? `${v}n` : v)), args]))(
    'console arguments %s print as the real formatter prints them',
    (_, args) => {
      expect(formatArgs(args as unknown[])).toBe(real.formatArgs(args as unknown[]));
      expect(missed).toBe(0);
    },
  );

  test.each([1, -0, 2n, true, null, undefined])('inspect(%s) prints as the real inspect', (value) => {
    expect(inspect(value)).toBe(real.inspect(value));
    expect(missed).toBe(0);
  });

  test.each(needsFormatter.map((args) => [String(args.length), args]))('arguments that need the formatter call the missing hook (%s)', (_, args) => {
    const before = missed;
    formatArgs(args as unknown[]);
    expect(missed).toBe(before + 1);
  });

  test('inspect of a string or an object calls it too (a string needs quoting)', () => {
    const before = missed;
    inspect('text');
    inspect({ a: 1 });
    expect(missed).toBe(before + 2);
  });

  test('once the formatter is installed, everything goes to it', () => {
    expect(hasFormatter()).toBe(false);
    installFormatter({ inspect: real.inspect, formatArgs: real.formatArgs });
    expect(hasFormatter()).toBe(true);
    const before = missed;
    for (const args of needsFormatter) expect(formatArgs(args)).toBe(real.formatArgs(args));
    expect(inspect({ a: [1, { b: 'c' }] })).toBe(real.inspect({ a: [1, { b: 'c' }] }));
    expect(missed).toBe(before);
  });
});

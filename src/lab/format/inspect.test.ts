// Expected values come from Node's own util.inspect / util.format, computed at test time.
import { inspect as nodeInspect, format as nodeFormat } from 'node:util';
import { describe, expect, test } from 'vitest';
import { formatArgs, inspect } from './inspect';

// Errors are created here, once, so that both implementations print the same `.stack`.
const caught = ((): unknown => {
  try {
    return (null as unknown as { x: number }).x;
  } catch (error) {
    return error;
  }
})();
const boom = new Error('boom');
const noStack = Object.assign(new Error('no frames'), { stack: undefined });
const withCode = Object.assign(new Error('with code'), { code: 'E_CODE', errno: 3 });
const withCause = new Error('outer', { cause: new Error('inner') });
class MyError extends Error {}
const myError = new MyError('mine');
const renamed = Object.assign(new Error('renamed'), { name: 'CustomName' });
const multiline = new Error('first line\nsecond line');
const aggregate = new AggregateError([new Error('a'), new Error('b')], 'several');

const circular: Record<string, unknown> = { name: 'loop' };
circular.self = circular;
const mutualA: Record<string, unknown> = { id: 'a' };
const mutualB: Record<string, unknown> = { id: 'b', a: mutualA };
mutualA.b = mutualB;
mutualA.self = mutualA;
const circularArray: unknown[] = [1, 2];
circularArray.push(circularArray);

class Foo {
  a = 1;
  b = 'two';
}
class Empty {}
class Tagged {
  get [Symbol.toStringTag](): string {
    return 'Custom';
  }
}
class WithGetter {
  x = 1;
  get doubled(): number {
    return this.x * 2;
  }
}
class MyArray extends Array<number> {}
class MyMap extends Map<string, number> {}
const numbers = (n: number): number[] => Array.from({ length: n }, (_, i) => (i * 7) % 1000);
const arrayWithProps = Object.assign([1, 2, 3], { extra: true });
const symbolKey = Symbol('key');
const argumentsObject = (function (..._args: unknown[]) {
  return arguments;
})(1, 'two');
const customInspect = { [Symbol.for('nodejs.util.inspect.custom')]: () => 'CUSTOM!' };
const fnWithProps = Object.assign(function withProps() {}, { extra: 1 });
const anonymousFn = [function () {}][0];
const anonymousClass = [class {}][0];
class Base {}
class Derived extends Base {
  static label = 'derived';
}

const inspectCases: { name: string; value: unknown }[] = [
  // Strings
  { name: 'plain string', value: 'hello' },
  { name: 'string with a single quote', value: "it's" },
  { name: 'string with single and double quotes', value: `it's "quoted"` },
  { name: 'string with all three quotes', value: 'it\'s "q" `b`' },
  { name: 'string with escapes', value: 'a\nb\tc\\d\x00\x07\x1b\x7f\u0085\u00e9' },
  { name: 'lone surrogate', value: 'x\ud800y\udc00' },
  { name: 'long multi-line string', value: 'line of text\n'.repeat(12) },
  { name: 'string past maxStringLength', value: 'z'.repeat(10_050) },
  // Other primitives
  { name: 'integer', value: 42 },
  { name: 'negative zero', value: -0 },
  { name: 'NaN', value: NaN },
  { name: 'Infinity', value: -Infinity },
  { name: 'float', value: 0.1 + 0.2 },
  { name: 'bigint', value: -123n },
  { name: 'boolean', value: false },
  { name: 'null', value: null },
  { name: 'undefined', value: undefined },
  { name: 'symbol', value: Symbol('desc') },
  { name: 'well-known symbol', value: Symbol.iterator },
  // Functions
  { name: 'named function', value: function named() {} },
  { name: 'anonymous function', value: anonymousFn },
  { name: 'arrow function', value: (): number => 1 },
  { name: 'async function', value: async function load() {} },
  { name: 'generator function', value: function* gen() {} },
  { name: 'async generator function', value: async function* agen() {} },
  { name: 'bound function', value: function target() {}.bind(null) },
  { name: 'class', value: Base },
  { name: 'derived class with static property', value: Derived },
  { name: 'anonymous class', value: anonymousClass },
  { name: 'function with own properties', value: fnWithProps },
  // Arrays
  { name: 'empty array', value: [] },
  { name: 'short array', value: [1, 2, 3] },
  { name: 'six numbers (no grouping)', value: numbers(6) },
  { name: '7 numbers', value: numbers(7) },
  { name: '10 numbers', value: numbers(10) },
  { name: '26 numbers', value: numbers(26) },
  { name: '101 numbers', value: numbers(101) },
  { name: '150 numbers', value: numbers(150) },
  { name: 'negative and fractional numbers', value: [-1, 2.5, 300, -4000.25, 5, 60, -7, 8e21] },
  { name: 'short strings', value: ['a', 'bb', 'ccc', 'dddd', 'e', 'ff', 'ggg', 'hhhh', 'i', 'jj'] },
  { name: 'many words', value: 'the quick brown fox jumps over the lazy dog again and again until the end of time'.split(' ') },
  { name: 'long strings', value: Array.from({ length: 7 }, (_, i) => `a rather long string number ${i}`) },
  { name: 'wide characters', value: ['日本語', '中文', '한국어', 'abc', 'd', 'e', 'f', 'ggg'] },
  { name: 'objects that break over lines', value: Array.from({ length: 8 }, (_, i) => ({ id: i, name: `item${i}` })) },
  { name: 'small objects grouped', value: Array.from({ length: 9 }, (_, i) => ({ i })) },
  { name: 'mixed array', value: [1, 'a', null, undefined, { a: 1 }, [2], true] },
  { name: 'holes', value: [1, , 3, , , 6] },
  { name: 'only holes', value: new Array(5) },
  { name: 'array with extra properties', value: arrayWithProps },
  { name: 'nested arrays past the depth', value: [[1, [2, [3, [4]]]]] },
  { name: 'Array subclass', value: MyArray.from([1, 2, 3]) },
  // Objects
  { name: 'empty object', value: {} },
  { name: 'simple object', value: { a: 1, b: 'x', c: [1, 2] } },
  { name: 'keys that need quotes', value: { 'a-b': 1, '1a': 2, valid_id: 3, '': 4, "it's": 5 } },
  { name: 'numeric keys', value: { 2: 'two', 10: 'ten' } },
  { name: '__proto__ key', value: JSON.parse('{"__proto__": 1}') as unknown },
  { name: 'objects nested 4 deep', value: { a: { b: { c: { d: { e: 1 } } } } } },
  { name: 'object that breaks over lines', value: Object.fromEntries(Array.from({ length: 6 }, (_, i) => [`key${i}`, `value number ${i}`])) },
  { name: 'object with a long string', value: { s: 'x'.repeat(100) } },
  { name: 'object with a multi-line string', value: { text: 'line one of the text\nline two of the text\nand line three, which is longer' } },
  { name: 'object holding a long number array', value: { data: numbers(30), label: 'series' } },
  { name: 'class instance', value: new Foo() },
  { name: 'empty class instance', value: new Empty() },
  { name: 'inherited Symbol.toStringTag', value: new Tagged() },
  { name: 'null prototype, empty', value: Object.create(null) as unknown },
  { name: 'null prototype with keys', value: Object.assign(Object.create(null) as object, { a: 1 }) },
  { name: 'prototype without constructor', value: Object.create(Object.create(null) as object) as unknown },
  { name: 'symbol keys', value: { [symbolKey]: 1, plain: 2 } },
  {
    name: 'getters and setters',
    value: {
      get a() {
        return 1;
      },
      set b(_v: number) {},
      get c() {
        return 1;
      },
      set c(_v: number) {},
    },
  },
  { name: 'class with prototype getter', value: new WithGetter() },
  { name: 'arguments object', value: argumentsObject },
  { name: 'custom inspect method', value: { wrapped: customInspect } },
  // Map and Set
  {
    name: 'Map',
    value: new Map([
      ['a', 1],
      ['b', 2],
    ]),
  },
  { name: 'empty Map', value: new Map() },
  {
    name: 'Map of objects',
    value: new Map<string, unknown>([
      ['x', { a: 1, b: [1, 2] }],
      ['y', { c: { d: { e: 1 } } }],
      ['z', { long: 'a'.repeat(40) }],
    ]),
  },
  { name: 'Map with object keys', value: new Map([[{ k: 1 }, 'v']]) },
  { name: 'Map subclass', value: new MyMap([['one', 1]]) },
  { name: 'Set', value: new Set([1]) },
  { name: 'empty Set', value: new Set() },
  { name: 'Set of 120 numbers', value: new Set(numbers(120).map((n, i) => n + i * 1000)) },
  { name: 'Set of arrays', value: new Set([[1, 2], ['a']]) },
  { name: 'Map inside objects past the depth', value: { a: { b: { c: new Map([[1, 2]]) } } } },
  // Dates and regular expressions
  { name: 'Date', value: new Date(0) },
  { name: 'invalid Date', value: new Date(Number.NaN) },
  { name: 'Date in an object', value: { when: new Date(Date.UTC(2024, 1, 29, 12, 30)) } },
  { name: 'RegExp', value: /ab+c/gi },
  { name: 'RegExp with a property', value: Object.assign(/x/, { note: 'n' }) },
  // Errors
  { name: 'thrown and caught TypeError', value: caught },
  { name: 'Error', value: boom },
  { name: 'object containing an Error', value: { error: boom, ok: false } },
  { name: 'array containing an Error', value: [boom] },
  { name: 'Error without a stack', value: noStack },
  { name: 'Error without a stack, nested', value: { e: noStack } },
  { name: 'Error with extra properties', value: withCode },
  { name: 'Error with a cause', value: withCause },
  { name: 'Error subclass', value: myError },
  { name: 'Error with a changed name', value: renamed },
  { name: 'Error with a multi-line message', value: multiline },
  { name: 'AggregateError', value: aggregate },
  // Circular references
  { name: 'circular object', value: circular },
  { name: 'two circular references', value: mutualA },
  { name: 'circular array', value: circularArray },
  // Boxed primitives
  { name: 'boxed number', value: new Number(3) },
  { name: 'boxed negative zero', value: new Number(-0) },
  { name: 'boxed string', value: new String('abc') },
  { name: 'boxed boolean', value: new Boolean(false) },
  { name: 'boxed bigint', value: Object(5n) as unknown },
  { name: 'boxed symbol', value: Object(Symbol('s')) as unknown },
  // Binary data
  { name: 'Uint8Array', value: new Uint8Array([1, 2, 3]) },
  { name: 'empty Int16Array', value: new Int16Array(0) },
  { name: 'Float64Array of 10', value: new Float64Array(numbers(10).map((n) => n / 3)) },
  { name: 'BigInt64Array', value: new BigInt64Array([1n, -2n]) },
  { name: 'Uint8Array of 150', value: new Uint8Array(150) },
  { name: 'ArrayBuffer', value: new Uint8Array([0, 15, 16, 255]).buffer },
  { name: 'large ArrayBuffer', value: new ArrayBuffer(120) },
  { name: 'DataView', value: new DataView(new ArrayBuffer(2)) },
  // Weak collections
  { name: 'WeakMap', value: new WeakMap([[{}, 1]]) },
  { name: 'WeakSet', value: new WeakSet() },
];

describe('inspect matches util.inspect', () => {
  test.each(inspectCases)('$name', ({ value }) => {
    expect(inspect(value)).toBe(nodeInspect(value));
  });

  const nested = { a: { b: { c: { d: { e: { f: 1 } } } } }, list: [[1, [2, [3]]]] };
  test.each([0, 1, 4, Infinity])('depth %s', (depth) => {
    expect(inspect(nested, { depth })).toBe(nodeInspect(nested, { depth }));
  });
});

describe('known differences from util.inspect', () => {
  // Node reads a promise's state through V8; JavaScript can only observe it asynchronously.
  test('promises print without their state', () => {
    expect(inspect(Promise.resolve(1))).toBe('Promise {}');
    expect(inspect({ p: new Promise(() => {}) })).toBe('{ p: Promise {} }');
  });

  // Node looks through a Proxy at its target; JavaScript cannot tell a Proxy apart, so its
  // traps answer the questions.
  test('proxies are formatted through their traps', () => {
    const lying = new Proxy(
      {},
      {
        ownKeys: () => ['x'],
        getOwnPropertyDescriptor: () => ({ value: 1, enumerable: true, configurable: true }),
      },
    );
    expect(inspect(lying)).toBe('{ x: 1 }');
  });

  // Node previews iterator entries through V8 without consuming them.
  test('Map and Set iterators print without their entries', () => {
    expect(inspect(new Map([[1, 2]]).entries())).toBe('Object [Map Iterator] {}');
  });

  // Node only ever sees V8 stacks; in the browser, Firefox and Safari stacks (`fn@file:line:col`,
  // without the `Name: message` line) are rewritten into V8's shape instead of printed raw.
  test('Firefox and Safari stacks print in V8 form', () => {
    const error = new Error('boom');
    error.stack = 'load@https://lab.example/run.js:3:9\n@https://lab.example/run.js:7:1\n';
    expect(inspect({ error })).toBe('{\n  error: Error: boom\n      at load (https://lab.example/run.js:3:9)\n' + '      at https://lab.example/run.js:7:1\n}');
  });
});

const withToString = { toString: () => 'custom text' };

const formatCases: { name: string; args: unknown[] }[] = [
  { name: 'no arguments', args: [] },
  { name: 'single string is not parsed', args: ['100%% %s'] },
  { name: 'strings print raw after the first', args: ['a', 'b c', 'd'] },
  { name: 'non-string first argument', args: [1, 'a', { b: 2 }, [3]] },
  { name: 'mixed values', args: ['value:', { a: [1, 2] }, null, undefined, 5n] },
  { name: '%s with a string', args: ['%s!', 'hi'] },
  { name: '%s with a number', args: ['%s', -0] },
  { name: '%s with a bigint', args: ['%s', 12n] },
  { name: '%s with a symbol', args: ['%s', Symbol('s')] },
  { name: '%s with null and undefined', args: ['%s %s', null, undefined] },
  { name: '%s with an object', args: ['%s', { a: { b: 1 } }] },
  { name: '%s with an array', args: ['%s', [1, [2, [3]]]] },
  { name: '%s with an own toString', args: ['%s', withToString] },
  {
    name: '%s with a class toString',
    args: [
      '%s',
      new (class {
        toString(): string {
          return 'from class';
        }
      })(),
    ],
  },
  { name: '%s with an Error', args: ['%s', boom] },
  { name: '%s with a Date', args: ['%s', new Date(0)] },
  {
    name: '%s with a function',
    args: [
      '%s',
      function f(): number {
        return 1;
      },
    ],
  },
  { name: '%d with a numeric string', args: ['%d', '42'] },
  { name: '%d with a float and an object', args: ['%d %d', 1.5, {}] },
  { name: '%d with a bigint and a symbol', args: ['%d %d', 10n, Symbol('x')] },
  { name: '%i', args: ['%i %i %i', 42.9, '08x', 5n] },
  { name: '%f', args: ['%f %f', '1.5e3x', 'abc'] },
  { name: '%j', args: ['%j', { a: [1, 2], s: 'x' }] },
  { name: '%j with a circular object', args: ['%j', circular] },
  { name: '%j with undefined', args: ['%j', undefined] },
  { name: '%o with an object', args: ['%o', { a: [1, 2, { b: 1 }] }] },
  { name: '%o with a function', args: ['%o', function shown() {}] },
  { name: '%o with nesting', args: ['%o', { a: { b: { c: { d: { e: { f: 1 } } } } } }] },
  { name: '%o with a prototype getter', args: ['%o', new WithGetter()] },
  { name: '%o with an Error', args: ['%o', boom] },
  { name: '%O', args: ['%O', { a: { b: { c: { d: 1 } } } }] },
  { name: '%c', args: ['a%cb', 'color: red'] },
  { name: '%%', args: ['100%% sure', 'extra'] },
  { name: 'unknown placeholder', args: ['%x %s', 'y'] },
  { name: 'missing arguments', args: ['%s and %s', 'one'] },
  { name: 'extra arguments', args: ['%s:%d', 'x', 5, { extra: true }, 'tail'] },
  { name: 'trailing percent', args: ['50%', 1] },
  { name: 'error argument', args: ['failed:', caught] },
];

describe('formatArgs matches util.format', () => {
  test.each(formatCases)('$name', ({ args }) => {
    expect(formatArgs(args)).toBe(nodeFormat(...args));
  });
});

/**
 * Text pieces of the `util.inspect` port in ./inspect.ts: quoting and escaping strings, numbers,
 * other primitives, property keys and the `Foo [tag] ` prefixes.
 *
 * Ported from Node 24's lib/internal/util/inspect.js (Node.js is MIT-licensed).
 */

/** The part of the inspection state that primitive formatting reads. */
export interface TextCtx {
  indentationLvl: number;
  breakLength: number;
  maxStringLength: number;
}

// Lone surrogates are escaped too, so that the output is always well-formed text.
const strEscapeSequencesRegExp = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
export const strEscapeSequencesReplacer = /[\x00-\x1f\x27\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const strEscapeSequencesRegExpSingle = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;
const strEscapeSequencesReplacerSingle = /[\x00-\x1f\x5c\x7f-\x9f]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

const keyStrRegExp = /^[a-zA-Z_][a-zA-Z_0-9]*$/;
const kMinLineLength = 16;

/** Escapes for U+0000–U+009F; an empty string means "print as is". */
const meta: string[] = [];
for (let code = 0; code < 0xa0; code++) {
  const hex = `\\x${code.toString(16).toUpperCase().padStart(2, '0')}`;
  meta.push(code < 0x20 || code >= 0x7f ? hex : '');
}
meta[8] = '\\b';
meta[9] = '\\t';
meta[10] = '\\n';
meta[12] = '\\f';
meta[13] = '\\r';
meta[39] = "\\'";
meta[92] = '\\\\';

export function escapeFn(str: string): string {
  const charCode = str.charCodeAt(0);
  return meta.length > charCode ? meta[charCode] : `\\u${charCode.toString(16)}`;
}

function addQuotes(str: string, quotes: number): string {
  if (quotes === -1) return `"${str}"`;
  if (quotes === -2) return `\`${str}\``;
  return `'${str}'`;
}

/**
 * Quotes a string the way Node does: single quotes, or double quotes when it contains single
 * quotes, or backticks when it contains both; control characters and backslashes are escaped.
 */
export function strEscape(str: string): string {
  let escapeTest = strEscapeSequencesRegExp;
  let escapeReplace = strEscapeSequencesReplacer;
  let singleQuote = 39;
  if (str.includes("'")) {
    if (!str.includes('"')) {
      singleQuote = -1;
    } else if (!str.includes('`') && !str.includes('${')) {
      singleQuote = -2;
    }
    if (singleQuote !== 39) {
      escapeTest = strEscapeSequencesRegExpSingle;
      escapeReplace = strEscapeSequencesReplacerSingle;
    }
  }
  if (str.length < 5000 && !escapeTest.test(str)) return addQuotes(str, singleQuote);
  if (str.length > 100) return addQuotes(str.replace(escapeReplace, escapeFn), singleQuote);

  let result = '';
  let last = 0;
  for (let i = 0; i < str.length; i++) {
    const point = str.charCodeAt(i);
    if (point === singleQuote || point === 92 || point < 32 || (point > 126 && point < 160)) {
      result += `${str.slice(last, i)}${meta[point]}`;
      last = i + 1;
    } else if (point >= 0xd800 && point <= 0xdfff) {
      if (point <= 0xdbff && i + 1 < str.length) {
        const next = str.charCodeAt(i + 1);
        if (next >= 0xdc00 && next <= 0xdfff) {
          i++;
          continue;
        }
      }
      result += `${str.slice(last, i)}\\u${point.toString(16)}`;
      last = i + 1;
    }
  }
  if (last !== str.length) result += str.slice(last);
  return addQuotes(result, singleQuote);
}

export function formatNumber(number: number): string {
  // String(-0) is '0', so -0 needs its own check.
  return Object.is(number, -0) ? '-0' : `${number}`;
}

export function formatPrimitive(value: unknown, ctx: TextCtx): string {
  if (typeof value === 'string') {
    let trailer = '';
    if (value.length > ctx.maxStringLength) {
      const remaining = value.length - ctx.maxStringLength;
      value = value.slice(0, ctx.maxStringLength);
      trailer = `... ${remaining} more character${remaining > 1 ? 's' : ''}`;
    }
    const str = value as string;
    // Long strings are split after each line break, one quoted piece per line.
    if (str.length > kMinLineLength && str.length > ctx.breakLength - ctx.indentationLvl - 4) {
      return (
        str
          .split(/(?<=\n)/)
          .map(strEscape)
          .join(` +\n${' '.repeat(ctx.indentationLvl + 2)}`) + trailer
      );
    }
    return strEscape(str) + trailer;
  }
  if (typeof value === 'number') return formatNumber(value);
  if (typeof value === 'bigint') return `${value}n`;
  if (typeof value === 'boolean') return `${value}`;
  if (typeof value === 'undefined') return 'undefined';
  return (value as symbol).toString();
}

/** A property name as printed before the colon: `a`, `'a-b'`, `Symbol(s)`, `['__proto__']`. */
export function formatKey(key: string | symbol): string {
  if (typeof key === 'symbol') return key.toString().replace(strEscapeSequencesReplacer, escapeFn);
  if (keyStrRegExp.test(key)) return key === '__proto__' ? "['__proto__']" : key;
  return strEscape(key);
}

/**
 * The text in front of an object's braces, with a trailing space: `Foo `, `Map(2) `,
 * `Foo [bar] `, `[Object: null prototype] `. `constructor` is null for null-prototype objects.
 */
export function getPrefix(constructor: string | null, tag: string, fallback: string, size = ''): string {
  if (constructor === null) {
    if (tag !== '' && fallback !== tag) return `[${fallback}${size}: null prototype] [${tag}] `;
    return `[${fallback}${size}: null prototype] `;
  }
  let result = `${constructor}${size} `;
  if (tag !== '') {
    const position = constructor.indexOf(tag);
    if (position === -1) {
      result += `[${tag}] `;
    } else {
      const endPos = position + tag.length;
      if (endPos !== constructor.length && constructor[endPos] === constructor[endPos].toLowerCase()) {
        result += `[${tag}] `;
      }
    }
  }
  return result;
}

export const remainingText = (remaining: number): string => `... ${remaining} more item${remaining > 1 ? 's' : ''}`;

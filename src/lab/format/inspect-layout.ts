/**
 * Line-breaking half of the `util.inspect` port in ./inspect.ts: how the pieces of one object or
 * array are joined into a single line, spread one per line, or (for arrays with more than six
 * entries) grouped into aligned columns.
 *
 * Ported from Node 24's lib/internal/util/inspect.js (`groupArrayElements`,
 * `isBelowBreakLength`, `reduceToSingleString`, `getStringWidth`; Node.js is MIT-licensed).
 * Only the `compact: <number>` mode with a finite `breakLength` and no colours is kept, since
 * that is all `console.log` uses.
 */

/** The part of the inspection state that layout decisions read. */
export interface LayoutCtx {
  /** Spaces in front of the current nesting level. */
  indentationLvl: number;
  /** Depth of the most recently formatted object (Node's `ctx.currentDepth`). */
  currentDepth: number;
  breakLength: number;
  compact: number;
  maxArrayLength: number;
}

export const kObjectType = 0;
export const kArrayType = 1;
export const kArrayExtrasType = 2;
export type ExtrasType = typeof kObjectType | typeof kArrayType | typeof kArrayExtrasType;

/**
 * Number of terminal columns `str` takes. Node measures non-ASCII text with ICU; this uses the
 * table Node falls back to when it is built without ICU, so a few rare characters (mostly emoji
 * outside U+1F300–U+1F64F) may be counted one column narrower than Node counts them.
 */
export function getStringWidth(str: string): number {
  let width = 0;
  for (let i = 0; i < str.length; i++) {
    const code = str.charCodeAt(i);
    if (code >= 127) return width + nonAsciiWidth(str.slice(i).normalize('NFC'));
    width += code >= 32 ? 1 : 0;
  }
  return width;
}

function nonAsciiWidth(str: string): number {
  let width = 0;
  for (const char of str) {
    const code = char.codePointAt(0) ?? 0;
    if (isFullWidthCodePoint(code)) width += 2;
    else if (!isZeroWidthCodePoint(code)) width++;
  }
  return width;
}

function isZeroWidthCodePoint(code: number): boolean {
  return (
    code <= 0x1f || // C0 control codes
    (code >= 0x7f && code <= 0x9f) || // C1 control codes
    (code >= 0x300 && code <= 0x36f) || // Combining diacritical marks
    (code >= 0x200b && code <= 0x200f) || // Modifying invisible characters
    (code >= 0x20d0 && code <= 0x20ff) || // Combining diacritical marks for symbols
    (code >= 0xfe00 && code <= 0xfe0f) || // Variation selectors
    (code >= 0xfe20 && code <= 0xfe2f) || // Combining half marks
    (code >= 0xe0100 && code <= 0xe01ef)
  ); // Variation selectors supplement
}

function isFullWidthCodePoint(code: number): boolean {
  // Derived from https://www.unicode.org/Public/UNIDATA/EastAsianWidth.txt, as in Node.
  return (
    code >= 0x1100 &&
    (code <= 0x115f || // Hangul Jamo
      code === 0x2329 ||
      code === 0x232a || // Angle brackets
      (code >= 0x2e80 && code <= 0x3247 && code !== 0x303f) || // CJK radicals .. enclosed CJK
      (code >= 0x3250 && code <= 0x4dbf) || // Enclosed CJK .. CJK extension A
      (code >= 0x4e00 && code <= 0xa4c6) || // CJK unified ideographs .. Yi radicals
      (code >= 0xa960 && code <= 0xa97c) || // Hangul Jamo extended-A
      (code >= 0xac00 && code <= 0xd7a3) || // Hangul syllables
      (code >= 0xf900 && code <= 0xfaff) || // CJK compatibility ideographs
      (code >= 0xfe10 && code <= 0xfe19) || // Vertical forms
      (code >= 0xfe30 && code <= 0xfe6b) || // CJK compatibility forms .. small form variants
      (code >= 0xff01 && code <= 0xff60) ||
      (code >= 0xffe0 && code <= 0xffe6) || // Full width forms
      (code >= 0x1b000 && code <= 0x1b001) || // Kana supplement
      (code >= 0x1f200 && code <= 0x1f251) || // Enclosed ideographic supplement
      (code >= 0x1f300 && code <= 0x1f64f) || // Misc symbols and pictographs, emoticons
      (code >= 0x20000 && code <= 0x3fffd)) // CJK extension B .. tertiary ideographic plane
  );
}

/**
 * Lays out the entries of an array with more than six entries in columns, e.g.
 * `[\n  1, 2, 3, 4,\n  5, 6, 7\n]`. Returns `output` unchanged when grouping does not fit.
 * `value` is the array itself: numbers are right-aligned, anything else left-aligned.
 */
export function groupArrayElements(ctx: LayoutCtx, output: string[], value: unknown): string[] {
  let totalLength = 0;
  let maxLength = 0;
  let outputLength = output.length;
  if (ctx.maxArrayLength < output.length) {
    // This makes sure the "... n more items" part is not taken into account.
    outputLength--;
  }
  const separatorSpace = 2; // One for the comma, one for the space.
  const dataLen: number[] = new Array<number>(outputLength);
  for (let i = 0; i < outputLength; i++) {
    const len = getStringWidth(output[i]);
    dataLen[i] = len;
    totalLength += len + separatorSpace;
    if (maxLength < len) maxLength = len;
  }
  const actualMax = maxLength + separatorSpace;
  // Group only if at least three entries fit next to each other, and not if a single entry is
  // much longer than the others (the space between short entries would be enormous).
  if (actualMax * 3 + ctx.indentationLvl < ctx.breakLength && (totalLength / actualMax > 5 || maxLength <= 6)) {
    const approxCharHeights = 2.5;
    const averageBias = Math.sqrt(actualMax - totalLength / output.length);
    const biasedMax = Math.max(actualMax - 3 - averageBias, 1);
    const columns = Math.min(
      // Aim for a square, a character being about 2.5 times as high as wide; the bias adds
      // columns for short entries.
      Math.round(Math.sqrt(approxCharHeights * biasedMax * outputLength) / biasedMax),
      Math.floor((ctx.breakLength - ctx.indentationLvl) / actualMax),
      ctx.compact * 4,
      15,
    );
    if (columns <= 1) return output;

    const maxLineLength: number[] = [];
    for (let i = 0; i < columns; i++) {
      let lineMaxLength = 0;
      // Node reads `dataLen` up to `output.length` here; `undefined > n` is simply false.
      for (let j = i; j < output.length; j += columns) {
        const len = dataLen[j];
        if (len !== undefined && len > lineMaxLength) lineMaxLength = len;
      }
      maxLineLength[i] = lineMaxLength + separatorSpace;
    }
    let padStart = true;
    if (value !== undefined) {
      const indexed = value as Record<number, unknown>;
      for (let i = 0; i < output.length; i++) {
        if (typeof indexed[i] !== 'number' && typeof indexed[i] !== 'bigint') {
          padStart = false;
          break;
        }
      }
    }
    const tmp: string[] = [];
    for (let i = 0; i < outputLength; i += columns) {
      // The last line may hold fewer entries than there are columns.
      const max = Math.min(i + columns, outputLength);
      let str = '';
      let j = i;
      for (; j < max - 1; j++) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j];
        const cell = `${output[j]}, `;
        str += padStart ? cell.padStart(padding, ' ') : cell.padEnd(padding, ' ');
      }
      if (padStart) {
        const padding = maxLineLength[j - i] + output[j].length - dataLen[j] - separatorSpace;
        str += output[j].padStart(padding, ' ');
      } else {
        str += output[j];
      }
      tmp.push(str);
    }
    if (ctx.maxArrayLength < output.length) tmp.push(output[outputLength]);
    return tmp;
  }
  return output;
}

function isBelowBreakLength(ctx: LayoutCtx, output: string[], start: number, base: string): boolean {
  // Each entry is separated by at least a comma, so start from `output.length`, plus the
  // whitespace some cases put in between.
  let totalLength = output.length + start;
  if (totalLength + output.length > ctx.breakLength) return false;
  for (const entry of output) {
    totalLength += entry.length;
    if (totalLength > ctx.breakLength) return false;
  }
  // Do not line up properties on the same line if `base` contains line breaks.
  return base === '' || !base.includes('\n');
}

/**
 * Joins the formatted entries of one object: `base` is the part before the braces
 * (`[Function: f]`, an error's stack, `<ref *1>`), `braces` the opening and closing text.
 */
export function reduceToSingleString(
  ctx: LayoutCtx,
  output: string[],
  base: string,
  braces: [string, string],
  extrasType: ExtrasType,
  recurseTimes: number,
  value?: unknown,
): string {
  // Remember the original length: grouped output must not be lined up on a single line.
  const entries = output.length;
  if (extrasType === kArrayExtrasType && entries > 6) {
    output = groupArrayElements(ctx, output, value);
  }
  // `ctx.currentDepth` is the depth of the innermost object formatted last, `recurseTimes` the
  // depth of this one: up to `compact` inner levels may be combined on one line, as long as
  // they fit in `breakLength`.
  if (ctx.currentDepth - recurseTimes < ctx.compact && entries === output.length) {
    // The 10 accounts for other things that may reduce the available width.
    const start = output.length + ctx.indentationLvl + braces[0].length + base.length + 10;
    if (isBelowBreakLength(ctx, output, start, base)) {
      const joinedOutput = output.join(', ');
      if (!joinedOutput.includes('\n')) {
        return `${base ? `${base} ` : ''}${braces[0]} ${joinedOutput} ${braces[1]}`;
      }
    }
  }
  // One entry per line.
  const indentation = `\n${' '.repeat(ctx.indentationLvl)}`;
  return `${base ? `${base} ` : ''}${braces[0]}${indentation}  ` + `${output.join(`,${indentation}  `)}${indentation}${braces[1]}`;
}

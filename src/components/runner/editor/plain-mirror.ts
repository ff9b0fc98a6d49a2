/**
 * What the reader sees under the plain editor's transparent <textarea>: the static code block,
 * kept in step with the text. Lines the build highlighted keep their colours (a line whose text is
 * still one the build highlighted is cloned from there); new or changed lines show as plain text
 * until Monaco, which has a tokenizer, takes over. Only the lines between the unchanged head and
 * tail are rebuilt on each input, so a keystroke costs a few DOM nodes, whatever the length.
 */
import { textOf } from './click-offset';

/** Where the mirrored text lives in the static block. */
export interface Mirror {
  /** The element the textarea is laid over (it becomes its containing block). */
  readonly box: HTMLElement;
  /** The element the first line of text starts in (for the textarea's padding and font). */
  readonly firstLine: HTMLElement;
  show(text: string): void;
  /** Puts back what the block showed before the mirror took it over. */
  restore(): void;
}

/**
 * A mirror over the visible code in `region`: Expressive Code's highlighted block (lines are
 * `.ec-line` elements) or the runner's plain <pre> (saved edits, a share link).
 */
export function mirrorIn(region: HTMLElement): Mirror | undefined {
  const plain = region.querySelector<HTMLElement>('pre.al-runner__plain');
  if (plain) return plainMirror(plain);
  const code = region.querySelector<HTMLElement>('.expressive-code pre > code');
  return code ? highlightedMirror(code) : undefined;
}

function highlightedMirror(code: HTMLElement): Mirror {
  const original = [...code.children] as HTMLElement[];
  /** Text of a line as the build highlighted it → that line, for reuse. */
  const byText = new Map<string, HTMLElement>();
  for (const line of original) {
    const text = textOf(line);
    if (!byText.has(text)) byText.set(text, line);
  }
  let shown = original.map(textOf);
  const lineFor = (text: string): HTMLElement => {
    const known = byText.get(text);
    if (known) return known.cloneNode(true) as HTMLElement;
    const line = document.createElement('div');
    line.className = 'ec-line';
    const inner = document.createElement('div');
    inner.className = 'code';
    // An empty line still needs its height, as Expressive Code's own empty lines have.
    inner.textContent = text === '' ? '\n' : text;
    line.append(inner);
    return line;
  };
  const pre = code.parentElement!;
  return {
    box: pre,
    firstLine: code.querySelector<HTMLElement>('.ec-line .code') ?? code,
    show(text) {
      const next = text.split('\n');
      let head = 0;
      while (head < shown.length && head < next.length && shown[head] === next[head]) head++;
      let tail = 0;
      while (tail < shown.length - head && tail < next.length - head && shown[shown.length - 1 - tail] === next[next.length - 1 - tail]) tail++;
      const stale = [...code.children].slice(head, shown.length - tail);
      const fresh = next.slice(head, next.length - tail).map(lineFor);
      const after = code.children[shown.length - tail] ?? null;
      for (const line of stale) line.remove();
      for (const line of fresh) code.insertBefore(line, after);
      shown = next;
    },
    restore() {
      code.replaceChildren(...original);
      shown = original.map(textOf);
    },
  };
}

function plainMirror(pre: HTMLElement): Mirror {
  const before = pre.textContent ?? '';
  const text = document.createElement('span');
  pre.replaceChildren(text);
  return {
    box: pre,
    firstLine: pre,
    show(value) {
      // A <pre> draws no line after a final newline; the textarea does.
      text.textContent = value.endsWith('\n') ? `${value} ` : value;
    },
    restore() {
      pre.replaceChildren(before);
    },
  };
}

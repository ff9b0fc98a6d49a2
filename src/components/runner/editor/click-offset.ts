/**
 * Where a click on the static code should put the caret. Runs on the press itself, before the
 * plain editor's script has loaded (open-editor.ts), so it is not part of that script.
 */

/** A line's text; Expressive Code writes an empty line as a lone newline. */
export const textOf = (line: Element): string => {
  const text = line.textContent ?? '';
  return text === '\n' ? '' : text;
};

/**
 * The offset in the code's text of the point (x, y) in the static block, where a click there
 * should put the caret; undefined when the point is not on the code.
 */
export function textOffsetAt(region: HTMLElement, x: number, y: number): number | undefined {
  const caret = document.caretPositionFromPoint?.(x, y);
  if (!caret || !region.contains(caret.offsetNode)) return undefined;
  const { offsetNode, offset } = caret;
  const plain = region.querySelector('pre.al-runner__plain');
  if (plain) return plain.contains(offsetNode) && offsetNode.nodeType === Node.TEXT_NODE ? offset : undefined;
  const line = (offsetNode instanceof Element ? offsetNode : offsetNode.parentElement)?.closest('.ec-line');
  const code = line?.parentElement;
  if (!line || !code) return undefined;
  const lines = [...code.children];
  let start = 0;
  for (const before of lines.slice(0, lines.indexOf(line))) start += textOf(before).length + 1;
  // Characters of this line before the caret's node, then the offset inside it.
  const walker = document.createTreeWalker(line, NodeFilter.SHOW_TEXT);
  let column = 0;
  for (let node = walker.nextNode(); node && node !== offsetNode; node = walker.nextNode()) column += node.textContent?.length ?? 0;
  column += offsetNode.nodeType === Node.TEXT_NODE ? offset : 0;
  return start + Math.min(column, textOf(line).length);
}

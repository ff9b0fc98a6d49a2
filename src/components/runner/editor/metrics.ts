/**
 * Text metrics shared by the static code block and the Monaco editor that replaces it, so the
 * swap causes no layout shift. The static block is styled in CSS, which cannot import this:
 * src/styles/runner.css repeats `lineHeight` and the padding for it (keep the two in step).
 *
 * Monaco rounds its line height to whole pixels, so Starlight's `1.75` (24.5 px at 14 px) cannot
 * be matched exactly: the static block must use `lineHeight` below (in px), not `--sl-line-height`.
 * Font size and vertical padding are Starlight's code-block values (`--sl-text-code` = 0.875rem,
 * Expressive Code's `codePaddingBlock` = 0.75rem), assuming the default 16 px root font size.
 */
export const editorMetrics = {
  /** px; Starlight's --sl-text-code. */
  fontSize: 14,
  /** px; a whole number (Monaco rounds). */
  lineHeight: 24,
  /** px above the first line. */
  paddingTop: 12,
  /** px below the last line. */
  paddingBottom: 12,
  /** Starlight's --sl-font-system-mono stack (Monaco needs a plain font list, not a CSS variable). */
  fontFamily: "ui-monospace, SFMono-Regular, Menlo, Monaco, Consolas, 'Liberation Mono', 'Courier New', monospace",
} as const;

/** Height in px of an editor (or static block) showing `lines` lines, without a horizontal scrollbar. */
export function editorHeight(lines: number): number {
  return lines * editorMetrics.lineHeight + editorMetrics.paddingTop + editorMetrics.paddingBottom;
}

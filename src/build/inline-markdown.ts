/**
 * The tiny bit of Markdown hints may use: `code`, **bold** and *italic*. Everything else is
 * escaped, so a hint can never inject markup.
 */
import { escapeHtml as escape } from '../shared/escape-html';

export function inlineMarkdown(text: string): string {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith('`') && part.endsWith('`') && part.length > 1
        ? `<code>${escape(part.slice(1, -1))}</code>`
        : escape(part)
            .replace(/\*\*([^*]+)\*\*/g, '<strong>$1</strong>')
            .replace(/\*([^*\s][^*]*)\*/g, '<em>$1</em>'),
    )
    .join('');
}

/**
 * Escapes text for HTML and SVG markup, in element content and in quoted attribute values.
 * Numeric references, because they mean the same in HTML and in XML (the timeline is SVG).
 */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

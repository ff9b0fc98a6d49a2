/**
 * Fills `{{name}}` placeholders from `values`; a placeholder without a value stays as it is.
 * @example fill('{{count}} more lines', { count: 3 }) // "3 more lines"
 */
export function fill(text: string, values: Record<string, string | number> = {}): string {
  return text.replace(/\{\{(\w+)\}\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}

/**
 * Collects Monaco's CSS (turned into strings by vite-monaco-css.mjs) into one constructed
 * stylesheet on the document. Constructed stylesheets are CSSOM, not <style> elements, so the
 * site's Content-Security-Policy needs no 'unsafe-inline' for them.
 */
let sheet: CSSStyleSheet | undefined;
const parts: string[] = [];

export function adoptEditorCss(css: string): void {
  parts.push(css);
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // Before the site's own sheets in priority: Monaco's rules are defaults the site may override.
    document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
  }
  sheet.replaceSync(parts.join('\n'));
}

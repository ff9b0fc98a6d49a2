/**
 * Collects Monaco's CSS (turned into strings by vite-monaco-css.mjs) into one constructed
 * stylesheet on the document. Constructed stylesheets are CSSOM, not <style> elements, so the
 * site's Content-Security-Policy needs no 'unsafe-inline' for them.
 *
 * Monaco's modules hand over their CSS one by one, about a hundred of them, while its module graph
 * evaluates. Parsing the whole sheet again on each (as this did) was quadratic: the largest single
 * cost between the click and Monaco's focus (about 0.6 s of the page's main thread in a profile).
 * The parts are applied together, in a microtask: the graph evaluates in one go, so that microtask
 * runs once it is over, before the code that imported it goes on to create an editor.
 */
let sheet: CSSStyleSheet | undefined;
const parts: string[] = [];
let queued = false;

export function adoptEditorCss(css: string): void {
  parts.push(css);
  if (queued) return;
  queued = true;
  queueMicrotask(apply);
}

function apply(): void {
  queued = false;
  if (!sheet) {
    sheet = new CSSStyleSheet();
    // Before the site's own sheets in priority: Monaco's rules are defaults the site may override.
    document.adoptedStyleSheets = [sheet, ...document.adoptedStyleSheets];
  }
  sheet.replaceSync(parts.join('\n'));
}

/**
 * Monaco's one-time setup for the runnable editors: which parts of Monaco load, the TypeScript
 * service's settings, the workers, the theme and the shared editor options. Imported by
 * monaco-editor.ts and monaco-diff.ts; the first import runs the setup. Large: only ever loaded
 * through `load-editor.ts` (a dynamic import), when the reader shows intent to edit.
 *
 * What it loads, and why only that (Monaco 0.57's ESM entry points, see STACK-NOTES §6):
 * - `monaco-editor/editor`: the editor API alone, no languages or features
 *   (`monaco-editor` itself would pull in every language and every feature).
 * - The TypeScript tokenizer and the TypeScript language service (completions, hovers,
 *   signature help, diagnostics); the service runs in its own worker.
 * - The editor worker (diff computation, links, word-based features) and the TS worker, both
 *   bundled by Vite through `?worker`, so nothing is fetched from another origin.
 * - A tutorial's worth of editor features (the `features/<name>/register` imports below)
 *   instead of `features/register.all`.
 *
 * Monaco 0.57's language services create their workers through `internal/common/workers.js`,
 * which also side-effect-imports every editor contribution Monaco has (a superset of
 * `features/register.all`). vite-monaco-workers.mjs (in astro.config.mjs) sends their import to
 * that file without those imports, so the list below IS the set of features: the editor's chunk
 * went from 328 to 200 kB gzipped. tsMode is still imported statically (register.js would import
 * it lazily when the first TypeScript model is created): everything registers when this module
 * loads, before any editor, in one chunk. EDITOR_OPTIONS switches off the extras a tutorial does
 * not want (sticky scroll, inlay hints, code lens, colour decorators), should one come back.
 */
import * as monaco from 'monaco-editor/editor';

// --- editor features (each one registers editor contributions, commands and keybindings) ---
import 'monaco-editor/features/codicon/register'; // icon font used by suggest, folding, find, hover
// In 0.57 `features/suggest/register` only imports suggestInlineCompletions; the suggest widget and
// Ctrl+Space are registered by suggestController, so import it too (the `./*` export map reaches
// it; it has no .d.ts, which a side-effect import does not need).
import 'monaco-editor/features/suggest/register';
import 'monaco-editor/editor/contrib/suggest/browser/suggestController';
import 'monaco-editor/features/hover/register';
import 'monaco-editor/features/parameterHints/register';
import 'monaco-editor/features/bracketMatching/register';
import 'monaco-editor/features/comment/register'; // Ctrl+/
import 'monaco-editor/features/clipboard/register';
import 'monaco-editor/features/find/register'; // Ctrl+F, Ctrl+H
import 'monaco-editor/features/folding/register';
import 'monaco-editor/features/wordHighlighter/register';
import 'monaco-editor/features/codeAction/register'; // TS quick fixes (lightbulb, Ctrl+.)
import 'monaco-editor/features/contextmenu/register';
import 'monaco-editor/features/gotoError/register'; // F8 walks through the errors
import 'monaco-editor/features/indentation/register';
import 'monaco-editor/features/linesOperations/register'; // Alt+Up/Down, Shift+Alt+Down, Ctrl+Shift+K
import 'monaco-editor/features/multicursor/register';
import 'monaco-editor/features/snippet/register'; // tab stops of completion snippets
import 'monaco-editor/features/wordOperations/register'; // Ctrl+Left/Right/Backspace
import 'monaco-editor/features/diffEditor/register'; // the solution diff
import 'monaco-editor/features/toggleTabFocusMode/register'; // Ctrl+M: Tab moves focus (a11y)

// --- TypeScript: tokenizer, language service, workers ---
import 'monaco-editor/languages/definitions/typescript/register';
// Loaded eagerly on purpose, see the header (register.js would import it lazily, too late).
import 'monaco-editor/languages/features/typescript/tsMode';
import { ModuleKind, ScriptTarget, typescriptDefaults, type ModuleResolutionKind } from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';

import labDts from '../../../lab/library/lab.d.ts?raw';
import { editorMetrics } from './metrics';

// --- one-time setup (runs when this module is first imported) ---------------------------------

/**
 * The TypeScript worker carries the whole TypeScript compiler: starting it while the first editor
 * is being built took CPU from the editor on a two-core machine. Monaco accepts a promised
 * worker, so the language service waits until an editor is on screen and the page is idle.
 */
let markUsable: () => void = () => undefined;
const editorUsable = new Promise<void>((resolve) => (markUsable = resolve));

/** Called once an editor is on screen: the TypeScript worker may load from the next idle moment. */
export function editorIsUsable(): void {
  requestAnimationFrame(() => {
    if (typeof requestIdleCallback === 'function') requestIdleCallback(() => markUsable(), { timeout: 1000 });
    else setTimeout(() => markUsable(), 0);
  });
}

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker | Promise<Worker> {
    return label === 'typescript' || label === 'javascript' ? editorUsable.then(() => new TsWorker()) : new EditorWorker();
  },
};

/**
 * Snippets run as ES modules in a worker (compiled by esbuild for es2024), so: no DOM types,
 * top-level await allowed, and every snippet is its own module (`moduleDetection: force`), so
 * two editors on a page never clash over top-level names.
 * Raw numbers are enum values of the TypeScript in the worker (5.9.3) that Monaco's trimmed
 * enums lack.
 */
typescriptDefaults.setCompilerOptions({
  target: ScriptTarget.ESNext, // Monaco's enum stops at ES2020; ESNext keeps top-level await legal
  module: ModuleKind.ESNext,
  moduleResolution: 100 as ModuleResolutionKind, // Bundler
  moduleDetection: 3, // Force
  lib: ['lib.es2024.d.ts', 'lib.webworker.d.ts', 'lib.webworker.asynciterable.d.ts'], // asynciterable: for await over a ReadableStream
  strict: true,
  isolatedModules: true, // esbuild compiles one file at a time
  noEmit: true,
  skipLibCheck: true,
  allowNonTsExtensions: true,
});
typescriptDefaults.setDiagnosticsOptions({
  noSemanticValidation: false,
  noSyntaxValidation: false,
  // "declared but never read" and similar stay as faded text, not squiggles.
  noSuggestionDiagnostics: false,
});
typescriptDefaults.addExtraLib(labDts, 'file:///node_modules/@types/lab/index.d.ts');

// Theme follows Starlight's <html data-theme="light|dark">; one observer for every editor.
export function starlightTheme(): 'vs' | 'vs-dark' {
  return document.documentElement.dataset['theme'] === 'dark' ? 'vs-dark' : 'vs';
}
let themeObserver: MutationObserver | undefined;
export function followStarlightTheme(): void {
  if (themeObserver) return;
  monaco.editor.setTheme(starlightTheme());
  themeObserver = new MutationObserver(() => monaco.editor.setTheme(starlightTheme()));
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

// --- options -----------------------------------------------------------------------------------

export const COMMON_OPTIONS = {
  automaticLayout: true,
  fixedOverflowWidgets: true,
  fontSize: editorMetrics.fontSize,
  lineHeight: editorMetrics.lineHeight,
  fontFamily: editorMetrics.fontFamily,
  padding: { top: editorMetrics.paddingTop, bottom: editorMetrics.paddingBottom },
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  glyphMargin: false,
  lineNumbers: 'on',
  lineNumbersMinChars: 3,
  wordWrap: 'off',
  accessibilitySupport: 'auto',
  // The page scrolls when the wheel is over an editor that has nothing left to scroll.
  scrollbar: { alwaysConsumeMouseWheel: false, useShadows: false, verticalScrollbarSize: 10, horizontalScrollbarSize: 10 },
  overviewRulerLanes: 0,
  overviewRulerBorder: false,
  hideCursorInOverviewRuler: true,
  // Registered anyway by the TS service's workers.js import (see header): not wanted here.
  stickyScroll: { enabled: false },
  inlayHints: { enabled: 'off' },
  codeLens: false,
  colorDecorators: false,
} satisfies monaco.editor.IEditorOptions;

export const EDITOR_OPTIONS = {
  ...COMMON_OPTIONS,
  renderLineHighlight: 'line',
  renderLineHighlightOnlyWhenFocus: true,
  // Default 'editable' hides squiggles in read-only editors; examples may show errors on purpose.
  renderValidationDecorations: 'on',
  tabFocusMode: false, // Tab indents; Escape leaves (below); Ctrl+M toggles for those who prefer it
  quickSuggestions: { other: true, comments: false, strings: false },
  suggestOnTriggerCharacters: true,
  wordBasedSuggestions: 'off', // only the TS service's completions
  hover: { enabled: 'on', delay: 300 },
  parameterHints: { enabled: true },
  lightbulb: { enabled: monaco.editor.ShowLightbulbIconMode.OnCode },
  contextmenu: true,
  folding: true,
} satisfies monaco.editor.IStandaloneEditorConstructionOptions;

export const MODEL_OPTIONS = { tabSize: 2, indentSize: 2, insertSpaces: true } satisfies monaco.editor.ITextModelUpdateOptions;

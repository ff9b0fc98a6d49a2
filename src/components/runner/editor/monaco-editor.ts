/**
 * The Monaco side of the runnable editors. Large: only ever loaded through `load-editor.ts`
 * (a dynamic import), when the reader shows intent to edit. Pages ship static highlighted code.
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
 * Caveat, measured in 0.57.0: the feature list saves nothing YET. The TS language service's
 * worker manager (tsMode.js) imports `internal/common/workers.js`, which side-effect-imports every
 * editor contribution (a superset of `features/register.all`). register.js reaches tsMode through
 * a dynamic import when the first TypeScript model is created, so left alone the other
 * contributions and their services register AFTER the first editor and Monaco's services exist:
 * later editors then get contributions the first one lacks, and the diff editor's breadcrumbs
 * contribution throws "depends on UNKNOWN service IOutlineModelService". Hence the static
 * import of tsMode below: everything registers when this module loads, before any editor, and in
 * one chunk (no second round trip). EDITOR_OPTIONS switches off the extras a tutorial does not
 * want (sticky scroll, inlay hints, code lens, colour decorators). The list stays because it is
 * what we rely on, and it becomes the whole set if Monaco fixes workers.js, or if a Vite
 * resolveId hook in astro.config.mjs sends the language services' import of
 * `internal/common/workers.js` to a copy without its side-effect imports (tried: all editor
 * checks still pass, and the main-thread JS shrinks by about 130 kB gzipped, 1010 -> 880 kB).
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
import {
  ModuleKind,
  ScriptTarget,
  typescriptDefaults,
  type ModuleResolutionKind,
} from 'monaco-editor/languages/features/typescript/register';
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import TsWorker from 'monaco-editor/languages/features/typescript/ts.worker?worker';

import labDts from '../../../lab/library/lab.d.ts?raw';
import { editorHeight, editorMetrics } from './metrics';

export { editorMetrics } from './metrics';

export interface EditorOptions {
  value: string;
  /** Unique per editor on the page, e.g. 'file:///lessons/why-async/example-1.ts' */
  uri: string;
  /** Read by screen readers when the editor gets focus; say how to leave it (Escape). */
  ariaLabel: string;
  readOnly?: boolean;
  /** Called (debounced, 250 ms) with the new source; pending calls are flushed on run, blur and dispose. */
  onChange?: (value: string) => void;
  /** Ctrl/Cmd+Enter inside the editor. */
  onRun?: () => void;
  /**
   * Escape inside the editor when no widget (suggestions, find, hover, …) or multi-selection
   * consumes it. Default: focus the next focusable element after the host.
   */
  onEscape?: () => void;
  /** Lines of height at least (the editor grows with its content up to maxLines, then scrolls). Default 1. */
  minLines?: number;
  /** Default 40. */
  maxLines?: number;
}

export interface EditorHandle {
  getValue(): string;
  /** Replaces the whole text as one undoable edit, so Reset can be undone (Ctrl+Z). */
  setValue(value: string): void;
  focus(): void;
  /** Moves the cursor to a 1-based line/column, reveals it and focuses the editor. */
  goTo(line: number, column: number): void;
  /** Marks one line (the inspector's current step) without moving focus; undefined clears it. */
  highlightLine?(line: number | undefined): void;
  dispose(): void;
}

export interface DiffHandle {
  dispose(): void;
}

/** Accessible names of the two sides of a diff (defaults: the diff's ariaLabel). */
export interface DiffLabels {
  original: string;
  modified: string;
}

const CHANGE_DEBOUNCE_MS = 250;
const DEFAULT_MIN_LINES = 1;
const DEFAULT_MAX_LINES = 40;
/** Below this width (px) the diff is shown inline instead of side by side. */
const DIFF_INLINE_BREAKPOINT = 700;

// --- one-time setup (runs when this module is first imported) ---------------------------------

self.MonacoEnvironment = {
  getWorker(_workerId: string, label: string): Worker {
    return label === 'typescript' || label === 'javascript'
      ? new TsWorker()
      : new EditorWorker();
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
function starlightTheme(): 'vs' | 'vs-dark' {
  return document.documentElement.dataset['theme'] === 'dark' ? 'vs-dark' : 'vs';
}
let themeObserver: MutationObserver | undefined;
function followStarlightTheme(): void {
  if (themeObserver) return;
  monaco.editor.setTheme(starlightTheme());
  themeObserver = new MutationObserver(() => monaco.editor.setTheme(starlightTheme()));
  themeObserver.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
}

// --- options -----------------------------------------------------------------------------------

const COMMON_OPTIONS = {
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

const EDITOR_OPTIONS = {
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

const MODEL_OPTIONS = { tabSize: 2, indentSize: 2, insertSpaces: true } satisfies monaco.editor.ITextModelUpdateOptions;

// --- models ------------------------------------------------------------------------------------

/**
 * A fresh model at `uri`. A second model with the same URI would throw, so a leftover model that
 * no editor shows is disposed; one that another live editor still shows is left alone and this
 * editor gets a suffixed URI instead (with a warning: the caller's URIs should be unique).
 */
function createModel(value: string, uri: string): monaco.editor.ITextModel {
  let target = monaco.Uri.parse(uri);
  const existing = monaco.editor.getModel(target);
  if (existing) {
    const shown = monaco.editor.getEditors().some((e) => e.getModel() === existing);
    if (!shown) {
      existing.dispose();
    } else {
      console.warn(`[editor] ${uri} is already open in another editor; using a separate copy.`);
      let n = 2;
      do target = monaco.Uri.parse(uri.replace(/(\.[a-z]+)?$/i, `~${n++}$1`));
      while (monaco.editor.getModel(target));
    }
  }
  const model = monaco.editor.createModel(value, 'typescript', target);
  model.updateOptions(MODEL_OPTIONS);
  return model;
}

let diffCount = 0;

// --- keyboard: leaving the editor -----------------------------------------------------------------

const FOCUSABLE = [
  'a[href]',
  'area[href]',
  'button:not([disabled])',
  'input:not([disabled]):not([type="hidden"])',
  'select:not([disabled])',
  'textarea:not([disabled])',
  'iframe',
  'summary',
  '[contenteditable]:not([contenteditable="false"])',
  '[tabindex]',
].join(',');

function isTabbable(el: HTMLElement): boolean {
  if (el.tabIndex < 0 || el.closest('[inert], [hidden]')) return false;
  return el.getClientRects().length > 0 && getComputedStyle(el).visibility !== 'hidden';
}

/** Focuses the first tabbable element after `host` in document order (outside it); else blurs. */
function focusNextAfter(host: HTMLElement): void {
  for (const el of document.querySelectorAll<HTMLElement>(FOCUSABLE)) {
    const following = host.compareDocumentPosition(el) & Node.DOCUMENT_POSITION_FOLLOWING;
    if (following && !host.contains(el) && isTabbable(el)) {
      el.focus();
      return;
    }
  }
  if (document.activeElement instanceof HTMLElement) document.activeElement.blur();
}

/**
 * Escape leaves the editor, unless Monaco used it. Monaco's keybinding service listens for keydown
 * on the editor's own container and stops propagation whenever a command handles the key
 * (closing suggestions, find, parameter hints, rename, peek, the error widget, snippet mode,
 * extra cursors, the selection…). So a listener on the host, one level up, only sees an Escape
 * that nothing inside wanted: no list of context keys to keep in sync with Monaco.
 */
function listenForEscape(host: HTMLElement, container: HTMLElement, leave: () => void): monaco.IDisposable {
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.key !== 'Escape' || event.shiftKey || event.altKey || event.ctrlKey || event.metaKey) return;
    if (event.isComposing || !(event.target instanceof Node) || !container.contains(event.target)) return;
    leave();
  };
  host.addEventListener('keydown', onKeyDown);
  return { dispose: () => host.removeEventListener('keydown', onKeyDown) };
}

// --- page-level reveal -------------------------------------------------------------------------

/** Scrolls the page (not the editor) so the cursor's line is visible. */
function revealCursorInPage(editor: monaco.editor.ICodeEditor, container: HTMLElement): void {
  const position = editor.getPosition();
  const visible = position && editor.getScrolledVisiblePosition(position);
  if (!visible) return;
  const top = container.getBoundingClientRect().top + visible.top;
  const margin = editorMetrics.lineHeight * 2;
  if (top < margin) window.scrollBy({ top: top - margin });
  else if (top + visible.height > window.innerHeight - margin) {
    window.scrollBy({ top: top + visible.height - window.innerHeight + margin });
  }
}

// --- public API --------------------------------------------------------------------------------

export function createEditor(host: HTMLElement, options: EditorOptions): EditorHandle {
  followStarlightTheme();
  const minLines = Math.max(1, options.minLines ?? DEFAULT_MIN_LINES);
  const maxLines = Math.max(minLines, options.maxLines ?? DEFAULT_MAX_LINES);
  const minHeight = editorHeight(minLines);
  const maxHeight = editorHeight(maxLines);
  const clampHeight = (px: number): number => Math.min(maxHeight, Math.max(minHeight, px));

  const model = createModel(options.value, options.uri);
  const container = document.createElement('div');
  container.className = 'al-monaco';
  // Right height before the first paint: no jump when the static block is swapped out.
  container.style.height = `${clampHeight(editorHeight(model.getLineCount()))}px`;
  host.append(container);

  const readOnly = options.readOnly ?? false;
  const editor = monaco.editor.create(container, {
    ...EDITOR_OPTIONS,
    model,
    theme: starlightTheme(),
    ariaLabel: options.ariaLabel,
    readOnly,
    domReadOnly: readOnly, // no on-screen keyboard for read-only code
  });
  const disposables: monaco.IDisposable[] = [];

  // Grow with the content (content height includes padding and a horizontal scrollbar if shown).
  const fit = (): void => {
    const height = clampHeight(editor.getContentHeight());
    if (container.style.height !== `${height}px`) {
      container.style.height = `${height}px`;
      editor.layout();
    }
  };
  disposables.push(editor.onDidContentSizeChange((e) => e.contentHeightChanged && fit()));
  fit();

  // Debounced onChange, flushed whenever the latest text matters.
  let pending: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (pending === undefined) return;
    clearTimeout(pending);
    pending = undefined;
    options.onChange?.(model.getValue());
  };
  if (options.onChange) {
    disposables.push(
      model.onDidChangeContent(() => {
        if (pending !== undefined) clearTimeout(pending);
        pending = setTimeout(flush, CHANGE_DEBOUNCE_MS);
      }),
      editor.onDidBlurEditorText(flush),
    );
  }

  // Ctrl/Cmd+Enter. addAction scopes the keybinding to this editor (editor.addCommand would be
  // global: with several editors the last one registered would win, and it is never removed).
  const onRun = options.onRun;
  if (onRun) {
    disposables.push(
      editor.addAction({
        id: 'async-lab.run',
        label: 'Run',
        keybindings: [monaco.KeyMod.CtrlCmd | monaco.KeyCode.Enter],
        run: () => {
          flush();
          onRun();
        },
      }),
    );
  }

  disposables.push(listenForEscape(host, container, options.onEscape ?? (() => focusNextAfter(host))));

  let disposed = false;
  return {
    getValue: () => model.getValue(),
    setValue(value: string): void {
      if (value === model.getValue()) return;
      // One undoable edit on the model (works for read-only editors too, unlike executeEdits).
      model.pushStackElement();
      model.pushEditOperations(
        editor.getSelections(),
        [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }],
        () => [new monaco.Selection(1, 1, 1, 1)],
      );
      model.pushStackElement();
    },
    focus: () => editor.focus(),
    highlightLine: (() => {
      const marks = editor.createDecorationsCollection();
      return (line: number | undefined) => {
        marks.set(line ? [{ range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'al-inspector-line' } }] : []);
        if (line) editor.revealLineInCenterIfOutsideViewport(line);
      };
    })(),
    goTo(line: number, column: number): void {
      const position = model.validatePosition({ lineNumber: line, column });
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
      revealCursorInPage(editor, container);
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      flush();
      for (const d of disposables) d.dispose();
      editor.dispose();
      model.dispose();
      container.remove();
    },
  };
}

/** Read-only side-by-side (or inline on narrow screens) diff: the reader's code vs the solution. */
export function createDiff(
  host: HTMLElement,
  original: string,
  modified: string,
  ariaLabel: string,
  labels?: DiffLabels,
): DiffHandle {
  followStarlightTheme();
  const id = ++diffCount;
  const originalModel = monaco.editor.createModel(original, 'typescript', monaco.Uri.parse(`file:///__diff/${id}/yours.ts`));
  const modifiedModel = monaco.editor.createModel(modified, 'typescript', monaco.Uri.parse(`file:///__diff/${id}/solution.ts`));

  const container = document.createElement('div');
  container.className = 'al-monaco al-monaco-diff';
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', ariaLabel);
  const lines = Math.max(originalModel.getLineCount(), modifiedModel.getLineCount());
  container.style.height = `${editorHeight(lines)}px`;
  host.append(container);

  const diff = monaco.editor.createDiffEditor(container, {
    ...COMMON_OPTIONS,
    theme: starlightTheme(),
    readOnly: true,
    domReadOnly: true,
    originalEditable: false,
    originalAriaLabel: labels?.original ?? ariaLabel,
    modifiedAriaLabel: labels?.modified ?? ariaLabel,
    renderSideBySide: true,
    useInlineViewWhenSpaceIsLimited: true,
    renderSideBySideInlineBreakpoint: DIFF_INLINE_BREAKPOINT,
    enableSplitViewResizing: false,
    renderOverviewRuler: false,
    renderMarginRevertIcon: false,
    renderGutterMenu: false,
    hideUnchangedRegions: { enabled: false },
    renderLineHighlight: 'none',
    folding: false,
    hover: { enabled: 'on', delay: 300 },
  });
  diff.setModel({ original: originalModel, modified: modifiedModel });

  // Both sides are padded with view zones to the same height; inline mode puts the removed lines
  // into the modified side. The diff shows everything: no maxLines.
  const sides = [diff.getOriginalEditor(), diff.getModifiedEditor()];
  const fit = (): void => {
    const height = Math.max(...sides.map((side) => side.getContentHeight()));
    if (container.style.height !== `${height}px`) {
      container.style.height = `${height}px`;
      diff.layout();
    }
  };
  const disposables: monaco.IDisposable[] = [
    ...sides.map((side) => side.onDidContentSizeChange((e) => e.contentHeightChanged && fit())),
    diff.onDidUpdateDiff(fit),
    listenForEscape(host, container, () => focusNextAfter(host)),
  ];

  let disposed = false;
  return {
    dispose(): void {
      if (disposed) return;
      disposed = true;
      for (const d of disposables) d.dispose();
      diff.dispose();
      originalModel.dispose();
      modifiedModel.dispose();
      container.remove();
    },
  };
}

/**
 * The runnable editors' Monaco editor. Large: only ever loaded through `load-editor.ts` (a dynamic
 * import), when the reader shows intent to edit. What Monaco loads and how it is set up is in
 * monaco-setup.ts; the solution diff is monaco-diff.ts; leaving the editor by keyboard is
 * monaco-focus.ts.
 */
import { EDITOR_OPTIONS, MODEL_OPTIONS, editorIsUsable, followStarlightTheme, starlightTheme } from './monaco-setup';
import * as monaco from 'monaco-editor/editor';
import { focusNextAfter, listenForEscape, revealCursorInPage } from './monaco-focus';
import { editorHeight, editorMetrics } from './metrics';

export { editorMetrics } from './metrics';
export { createDiff, type DiffHandle, type DiffLabels } from './monaco-diff';

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
  /** Where the reader was in the plain editor this one replaces: Monaco carries on from there. */
  carryOver?: CarryOver;
  /**
   * The text before the plain editor's changes, when this editor replaces one: the model starts
   * from it and `value` goes in as one undoable edit, so Ctrl+Z undoes what was typed before
   * Monaco took over, as it would have in the plain editor.
   */
  undoTo?: string;
}

/** Selection (offsets in the text), caret height on screen and horizontal scroll to start from. */
export interface CarryOver {
  selectionStart: number;
  selectionEnd: number;
  backward: boolean;
  /** px from the top of the viewport where the caret's line was. */
  caretTop: number;
  scrollLeft: number;
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

const CHANGE_DEBOUNCE_MS = 250;
const DEFAULT_MIN_LINES = 1;
const DEFAULT_MAX_LINES = 40;

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

// --- public API --------------------------------------------------------------------------------

/** Puts the selection where it was and keeps the caret's line where it was on screen. */
function carryOn(editor: monaco.editor.IStandaloneCodeEditor, model: monaco.editor.ITextModel, container: HTMLElement, from: CarryOver): void {
  const anchor = model.getPositionAt(from.backward ? from.selectionEnd : from.selectionStart);
  const active = model.getPositionAt(from.backward ? from.selectionStart : from.selectionEnd);
  editor.setSelection(new monaco.Selection(anchor.lineNumber, anchor.column, active.lineNumber, active.column));
  // The editor may be shorter than the plain one (maxLines): scroll it so the caret's line sits
  // as far down the screen as it did; the page itself does not move.
  const lineTop = (active.lineNumber - 1) * editorMetrics.lineHeight;
  const wanted = from.caretTop - container.getBoundingClientRect().top - editorMetrics.paddingTop;
  editor.setScrollTop(Math.max(0, lineTop - wanted));
  editor.setScrollLeft(from.scrollLeft);
}

/** Turns the model's text into `value` with one undoable edit over the part that differs. */
function replaceAsOneEdit(model: monaco.editor.ITextModel, value: string): void {
  const old = model.getValue();
  if (old === value) return;
  let start = 0;
  while (start < old.length && start < value.length && old[start] === value[start]) start++;
  let end = 0;
  while (end < old.length - start && end < value.length - start && old[old.length - 1 - end] === value[value.length - 1 - end]) end++;
  const from = model.getPositionAt(start);
  const to = model.getPositionAt(old.length - end);
  model.pushStackElement();
  model.pushEditOperations(
    [],
    [{ range: new monaco.Range(from.lineNumber, from.column, to.lineNumber, to.column), text: value.slice(start, value.length - end) }],
    () => null,
  );
  model.pushStackElement();
}

export function createEditor(host: HTMLElement, options: EditorOptions): EditorHandle {
  followStarlightTheme();
  const minLines = Math.max(1, options.minLines ?? DEFAULT_MIN_LINES);
  const maxLines = Math.max(minLines, options.maxLines ?? DEFAULT_MAX_LINES);
  const minHeight = editorHeight(minLines);
  const maxHeight = editorHeight(maxLines);
  const clampHeight = (px: number): number => Math.min(maxHeight, Math.max(minHeight, px));

  const model = createModel(options.undoTo ?? options.value, options.uri);
  if (options.undoTo !== undefined) replaceAsOneEdit(model, options.value);
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
  if (options.carryOver) carryOn(editor, model, container, options.carryOver);
  editorIsUsable();

  let disposed = false;
  return {
    getValue: () => model.getValue(),
    setValue(value: string): void {
      if (value === model.getValue()) return;
      // One undoable edit on the model (works for read-only editors too, unlike executeEdits).
      model.pushStackElement();
      model.pushEditOperations(editor.getSelections(), [{ range: model.getFullModelRange(), text: value, forceMoveMarkers: true }], () => [
        new monaco.Selection(1, 1, 1, 1),
      ]);
      model.pushStackElement();
    },
    focus: () => editor.focus(),
    goTo(line: number, column: number): void {
      const position = model.validatePosition({ lineNumber: line, column });
      editor.setPosition(position);
      editor.revealPositionInCenterIfOutsideViewport(position);
      editor.focus();
      revealCursorInPage(editor, container);
    },
    highlightLine: (() => {
      const marks = editor.createDecorationsCollection();
      return (line: number | undefined) => {
        marks.set(line ? [{ range: new monaco.Range(line, 1, line, 1), options: { isWholeLine: true, className: 'al-inspector-line' } }] : []);
        if (line) editor.revealLineInCenterIfOutsideViewport(line);
      };
    })(),
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

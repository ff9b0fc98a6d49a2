/**
 * The plain editor: a transparent <textarea> laid exactly over the static code, so the reader can
 * type the moment they click, long before Monaco (megabytes) has loaded. The code under it stays
 * visible and follows every keystroke (plain-mirror.ts); the textarea supplies the caret,
 * selection, paste, undo and the touch keyboard. On desktops Monaco takes over when it is ready
 * (live-editor.ts); on touch devices this IS the editor, since Monaco handles touch keyboards
 * poorly.
 *
 * Keys, as in the Monaco editor: Ctrl/Cmd+Enter runs, Escape leaves, Tab indents, Enter keeps the
 * line's indentation.
 */
import { editorMetrics } from './metrics';
import { mirrorIn } from './plain-mirror';
import type { EditorHandle } from './monaco-editor';
import type { HeldKey } from './held-keys';
import { caretAfter } from './held-caret';

export interface PlainEditorOptions {
  /** The static code region ([data-lab="static-code"]) to edit in place. */
  region: HTMLElement;
  value: string;
  ariaLabel: string;
  /** Called (debounced, 250 ms) with the new text; flushed on blur, run and dispose. */
  onChange: (value: string) => void;
  onRun: () => void;
  onEscape: () => void;
}

/** Where the reader is in the text, for Monaco to carry on from. */
export interface PlainState {
  value: string;
  selectionStart: number;
  selectionEnd: number;
  backward: boolean;
  focused: boolean;
  /** The caret's distance from the top of the viewport, px. */
  caretTop: number;
  /** Horizontal scroll of the region, px. */
  scrollLeft: number;
}

export interface PlainEditor extends EditorHandle {
  readonly textarea: HTMLTextAreaElement;
  /** True while an input method (Chinese pinyin, say) is composing: no takeover then. */
  readonly composing: boolean;
  state(): PlainState;
  /** Types keys held while this editor's script loaded (held-keys.ts) at the caret, as typing them would. */
  typeHeld(keys: readonly HeldKey[]): void;
}

const CHANGE_DEBOUNCE_MS = 250;
const INDENT = '  ';

/** Inserts text at the caret as typing would (undoable); false if the browser refused. */
function typeText(textarea: HTMLTextAreaElement, text: string): void {
  // execCommand is the one way to insert text that the textarea's own undo stack records.
  if (document.execCommand('insertText', false, text)) return;
  textarea.setRangeText(text, textarea.selectionStart, textarea.selectionEnd, 'end');
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

/** Backspace or Delete, as the key does it (undoable): the selection, or one character. */
function erase(textarea: HTMLTextAreaElement, key: 'Backspace' | 'Delete'): void {
  if (document.execCommand(key === 'Backspace' ? 'delete' : 'forwardDelete')) return;
  const { selectionStart: start, selectionEnd: end } = textarea;
  const from = start !== end ? start : key === 'Backspace' ? Math.max(0, start - 1) : start;
  const to = start !== end ? end : key === 'Delete' ? Math.min(textarea.value.length, end + 1) : end;
  if (from === to) return;
  textarea.setRangeText('', from, to, 'end');
  textarea.dispatchEvent(new Event('input', { bubbles: true }));
}

export function createPlainEditor(options: PlainEditorOptions): PlainEditor | undefined {
  const { region } = options;
  const mirror = mirrorIn(region);
  if (!mirror) return undefined;
  const textarea = document.createElement('textarea');
  textarea.className = 'al-plain-editor';
  textarea.setAttribute('aria-label', options.ariaLabel);
  textarea.setAttribute('wrap', 'off');
  textarea.setAttribute('spellcheck', 'false');
  textarea.setAttribute('autocapitalize', 'off');
  textarea.setAttribute('autocomplete', 'off');
  textarea.setAttribute('autocorrect', 'off');
  textarea.setAttribute('translate', 'no');
  textarea.dataset.lab = 'plain-editor';
  textarea.value = options.value;

  // Lay the textarea over the text: same font, and padding that puts its first character where
  // the block's first character is (measured, so any theme's padding works).
  const box = mirror.box;
  box.classList.add('al-plain-host');
  mirror.show(options.value);
  const boxRect = box.getBoundingClientRect();
  const lineRect = mirror.firstLine.getBoundingClientRect();
  const lineStyle = getComputedStyle(mirror.firstLine);
  const boxStyle = getComputedStyle(box);
  textarea.style.paddingTop = `${lineRect.top - boxRect.top - parseFloat(boxStyle.borderTopWidth) + parseFloat(lineStyle.paddingTop)}px`;
  textarea.style.paddingLeft = `${lineRect.left - boxRect.left - parseFloat(boxStyle.borderLeftWidth) + parseFloat(lineStyle.borderLeftWidth) + parseFloat(lineStyle.paddingLeft)}px`;
  textarea.style.fontFamily = lineStyle.fontFamily;
  textarea.style.fontSize = lineStyle.fontSize;
  textarea.style.letterSpacing = lineStyle.letterSpacing;
  textarea.style.lineHeight = `${editorMetrics.lineHeight}px`;
  box.append(textarea);
  region.tabIndex = -1; // Tab now lands in the textarea itself

  let composing = false;
  let pending: ReturnType<typeof setTimeout> | undefined;
  const flush = (): void => {
    if (pending === undefined) return;
    clearTimeout(pending);
    pending = undefined;
    options.onChange(textarea.value);
  };
  const changed = (): void => {
    mirror.show(textarea.value);
    if (pending !== undefined) clearTimeout(pending);
    pending = setTimeout(flush, CHANGE_DEBOUNCE_MS);
  };
  const onKeyDown = (event: KeyboardEvent): void => {
    if (event.isComposing || composing) return;
    const mod = event.ctrlKey || event.metaKey;
    if (event.key === 'Enter' && mod) {
      event.preventDefault();
      flush();
      options.onRun();
    } else if (event.key === 'Escape' && !mod && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      flush();
      options.onEscape();
    } else if (event.key === 'Tab' && !mod && !event.altKey && !event.shiftKey) {
      event.preventDefault();
      typeText(textarea, INDENT);
    } else if (event.key === 'Enter' && !event.shiftKey && !event.altKey) {
      event.preventDefault();
      newLine();
    }
  };
  /** Enter: a new line with the indentation of the caret's line. */
  const newLine = (): void => {
    const lineStart = textarea.value.lastIndexOf('\n', textarea.selectionStart - 1) + 1;
    const indent = /^[ \t]*/.exec(textarea.value.slice(lineStart, textarea.selectionStart))?.[0] ?? '';
    typeText(textarea, `\n${indent}`);
  };
  const onCompositionStart = (): void => {
    composing = true;
  };
  const onCompositionEnd = (): void => {
    composing = false;
  };
  textarea.addEventListener('input', changed);
  textarea.addEventListener('keydown', onKeyDown);
  textarea.addEventListener('blur', flush);
  textarea.addEventListener('compositionstart', onCompositionStart);
  textarea.addEventListener('compositionend', onCompositionEnd);

  /** Scrolls the page so that the caret's line is in view (the textarea itself never scrolls). */
  const revealCaret = (): void => {
    const line = textarea.value.slice(0, textarea.selectionStart).split('\n').length;
    const top = textarea.getBoundingClientRect().top + parseFloat(textarea.style.paddingTop) + (line - 1) * editorMetrics.lineHeight;
    const margin = editorMetrics.lineHeight * 2;
    if (top < margin) window.scrollBy({ top: top - margin });
    else if (top + editorMetrics.lineHeight > window.innerHeight - margin)
      window.scrollBy({ top: top + editorMetrics.lineHeight - window.innerHeight + margin });
  };

  let disposed = false;
  return {
    textarea,
    get composing() {
      return composing;
    },
    getValue: () => textarea.value,
    setValue(value: string): void {
      if (value === textarea.value) return;
      textarea.value = value;
      textarea.setSelectionRange(0, 0);
      mirror.show(value);
    },
    focus: () => textarea.focus(),
    goTo(line: number, column: number): void {
      const lines = textarea.value.split('\n');
      const row = Math.min(Math.max(1, line), lines.length);
      let offset = 0;
      for (let i = 0; i < row - 1; i++) offset += lines[i]!.length + 1;
      offset += Math.min(Math.max(1, column), lines[row - 1]!.length + 1) - 1;
      textarea.focus({ preventScroll: true });
      textarea.setSelectionRange(offset, offset);
      revealCaret();
    },
    state(): PlainState {
      const line = textarea.value.slice(0, textarea.selectionStart).split('\n').length;
      return {
        value: textarea.value,
        selectionStart: textarea.selectionStart,
        selectionEnd: textarea.selectionEnd,
        backward: textarea.selectionDirection === 'backward',
        focused: document.activeElement === textarea,
        caretTop: textarea.getBoundingClientRect().top + parseFloat(textarea.style.paddingTop) + (line - 1) * editorMetrics.lineHeight,
        scrollLeft: region.scrollLeft,
      };
    },
    typeHeld(keys: readonly HeldKey[]): void {
      textarea.focus({ preventScroll: true });
      for (const held of keys) {
        if ('text' in held) typeText(textarea, held.text);
        else if (held.key === 'Enter') newLine();
        else if (held.key === 'Tab') typeText(textarea, INDENT);
        else if (held.key === 'Backspace' || held.key === 'Delete') erase(textarea, held.key);
        else {
          const at = caretAfter(textarea.value, textarea.selectionStart, textarea.selectionEnd, held.key);
          textarea.setSelectionRange(at, at);
        }
      }
      revealCaret();
    },
    dispose(): void {
      if (disposed) return;
      disposed = true;
      flush();
      textarea.removeEventListener('blur', flush);
      textarea.remove();
      mirror.restore();
      box.classList.remove('al-plain-host');
      region.tabIndex = 0;
    },
  };
}

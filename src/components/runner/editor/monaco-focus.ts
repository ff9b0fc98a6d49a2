/**
 * Keyboard and scrolling helpers shared by the editor and the diff: Escape leaves an editor (unless
 * Monaco used the key), focus moves to what follows it, and the page scrolls to show the cursor.
 */
import type * as monaco from 'monaco-editor/editor';
import { editorMetrics } from './metrics';

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
export function focusNextAfter(host: HTMLElement): void {
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
export function listenForEscape(host: HTMLElement, container: HTMLElement, leave: () => void): monaco.IDisposable {
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
export function revealCursorInPage(editor: monaco.editor.ICodeEditor, container: HTMLElement): void {
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

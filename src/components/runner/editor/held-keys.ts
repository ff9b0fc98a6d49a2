/**
 * Keys typed into a runner's static code after the press that opens the editor and before the
 * editor's script has arrived (open-editor.ts). They are kept, in order, and typed into the editor
 * when it is there (plain-editor.ts `typeHeld`), so a reader who starts typing at once loses
 * nothing. Only what changes the text is held: characters, Enter, Tab, Backspace and a paste;
 * Ctrl/Cmd shortcuts and keys that move focus or the caret pass as they are.
 */

/** A held key: text to type, or `\n` (Enter), `\t` (Tab), `\b` (Backspace). */
export type HeldKey = string;

export class HeldKeys {
  private readonly keys: HeldKey[] = [];
  private readonly onPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    this.keys.push(text.replace(/\r\n?/g, '\n'));
  };

  constructor(private readonly region: HTMLElement) {
    region.addEventListener('paste', this.onPaste);
  }

  /** Holds `event`'s key if it changes the text; true if it did (its default is then prevented). */
  take(event: KeyboardEvent): boolean {
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return false;
    const key = event.key === 'Enter' ? '\n' : event.key === 'Tab' && !event.shiftKey ? '\t' : event.key === 'Backspace' ? '\b' : event.key;
    if (key.length !== 1) return false;
    event.preventDefault();
    this.keys.push(key);
    return true;
  }

  /** Stops holding; the keys held so far, in order. */
  release(): HeldKey[] {
    this.region.removeEventListener('paste', this.onPaste);
    return this.keys.splice(0);
  }
}

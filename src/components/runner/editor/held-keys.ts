/**
 * Keys typed into a runner's static code after the press that opens the editor and before the
 * editor's script has arrived (open-editor.ts). They are kept, in order, and typed into the editor
 * when it is there (plain-editor.ts `typeHeld`), so a reader who starts typing at once loses
 * nothing: characters, Enter, Tab, Backspace, Delete, a paste, and the arrows, Home and End that
 * move the caret between them. Ctrl/Cmd shortcuts and Shift-selections pass as they are.
 */

/** Keys that change the text or move the caret, as the plain editor handles them. */
export const heldKeyNames = ['Enter', 'Tab', 'Backspace', 'Delete', 'ArrowLeft', 'ArrowRight', 'ArrowUp', 'ArrowDown', 'Home', 'End'] as const;
export type HeldKeyName = (typeof heldKeyNames)[number];

/** A held key: text to type (a character or a paste), or a key by name. */
export type HeldKey = { text: string } | { key: HeldKeyName };

const isHeldName = (key: string): key is HeldKeyName => (heldKeyNames as readonly string[]).includes(key);

export class HeldKeys {
  private readonly keys: HeldKey[] = [];
  private readonly onPaste = (event: ClipboardEvent): void => {
    const text = event.clipboardData?.getData('text/plain');
    if (!text) return;
    event.preventDefault();
    this.keys.push({ text: text.replace(/\r\n?/g, '\n') });
  };

  constructor(private readonly region: HTMLElement) {
    region.addEventListener('paste', this.onPaste);
  }

  /** Holds `event`'s key if it is one the editor would act on; true if it did (its default is then prevented). */
  take(event: KeyboardEvent): boolean {
    if (event.isComposing || event.ctrlKey || event.metaKey || event.altKey) return false;
    const { key } = event;
    if (key.length === 1) this.keys.push({ text: key });
    else if (isHeldName(key) && !event.shiftKey) this.keys.push({ key });
    else return false;
    event.preventDefault();
    return true;
  }

  /** Stops holding; the keys held so far, in order. */
  release(): HeldKey[] {
    this.region.removeEventListener('paste', this.onPaste);
    return this.keys.splice(0);
  }
}

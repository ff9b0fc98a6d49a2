/**
 * One runner's editor from the first click on: the plain editor at once (plain-editor.ts), then
 * Monaco in its place when it has loaded, carrying over the text, the selection and the caret's
 * place on screen. Nothing typed in between is lost: the switch happens in one task, reading the
 * plain editor's text as it is at that moment, and waits for an input method to finish composing.
 *
 * On a touch device (`pointer: coarse`) Monaco is not loaded unless the reader asks for it with
 * the "Full editor" button: the plain editor is the editor there. If Monaco cannot load
 * (offline, on a first visit) the plain editor simply stays.
 */
import { loadEditor } from './load-editor';
import { createPlainEditor, type PlainEditor } from './plain-editor';
import type { EditorHandle, EditorOptions } from './monaco-editor';
import type { HeldKey } from './held-keys';

export interface LiveEditorOptions extends Pick<EditorOptions, 'uri' | 'ariaLabel' | 'minLines' | 'maxLines'> {
  /** The static code ([data-lab="static-code"]), edited in place until Monaco arrives. */
  region: HTMLElement;
  /** Where Monaco goes ([data-lab="editor-host"]). */
  host: HTMLElement;
  value: string;
  onChange: (value: string) => void;
  onRun: () => void;
  onEscape: () => void;
  /** Load Monaco now (true) or only when asked (touch devices). */
  monacoNow: boolean;
  labels: { fullEditor: string; loading: string; failed: (message: string) => string };
  /** Shows a status line under the code ('' clears it). */
  notify: (text: string) => void;
}

export class LiveEditor implements EditorHandle {
  private plain: PlainEditor | undefined;
  private monaco: EditorHandle | undefined;
  private upgrading: Promise<void> | undefined;
  private fullButton: HTMLButtonElement | undefined;

  constructor(private readonly options: LiveEditorOptions) {
    this.plain = createPlainEditor({
      region: options.region,
      value: options.value,
      ariaLabel: options.ariaLabel,
      onChange: options.onChange,
      onRun: options.onRun,
      onEscape: options.onEscape,
    });
    if (options.monacoNow || !this.plain) void this.upgrade();
    else this.offerFullEditor();
  }

  private get current(): EditorHandle | undefined {
    return this.monaco ?? this.plain;
  }

  /** Which editor is in use: the plain one, or Monaco once it has taken over. */
  get kind(): 'plain' | 'monaco' {
    return this.monaco ? 'monaco' : 'plain';
  }

  getValue(): string {
    return this.current?.getValue() ?? this.options.value;
  }

  setValue(value: string): void {
    this.current?.setValue(value);
  }

  focus(): void {
    this.current?.focus();
  }

  goTo(line: number, column: number): void {
    this.current?.goTo(line, column);
  }

  /** The inspector's line mark: Monaco's decoration once it has taken over (none on the plain editor). */
  get highlightLine(): ((line: number | undefined) => void) | undefined {
    const monaco = this.monaco;
    return monaco?.highlightLine ? (line) => monaco.highlightLine?.(line) : undefined;
  }

  /**
   * Types keys held while this editor's script loaded (open-editor.ts). The plain editor is
   * always there on a first press, unless the code block could not be mirrored; then what they
   * type is added at the end of the text once Monaco is there.
   */
  typeHeld(keys: readonly HeldKey[]): void {
    if (this.plain) return this.plain.typeHeld(keys);
    const typed = keys.map((held) => ('text' in held ? held.text : held.key === 'Enter' ? '\n' : held.key === 'Tab' ? '  ' : '')).join('');
    void this.upgrade().then(() => this.setValue(this.getValue() + typed));
  }

  /** Puts the caret at `offset` in the plain editor (where the reader clicked). */
  placeCaret(offset: number): void {
    if (!this.plain || this.monaco) return;
    const before = this.plain.getValue().slice(0, offset).split('\n');
    this.plain.goTo(before.length, before.at(-1)!.length + 1);
  }

  /**
   * Resolves once Monaco has taken over or failed, if it is loading now; at once otherwise (it
   * is up, or waits for "Full editor"). The compiler waits for it on a first edit: esbuild's wasm
   * compile and tier-up take both cores for seconds and more than doubled the time until Monaco
   * took over. (Run compiles at once anyway.)
   */
  whenNotLoading(): Promise<void> {
    return this.upgrading && !this.monaco ? this.upgrading : Promise.resolve();
  }

  /** Loads Monaco and lets it take over; resolves when it has, or has failed (the plain editor stays). */
  upgrade(): Promise<void> {
    this.upgrading ??= this.takeOver();
    return this.upgrading;
  }

  private async takeOver(): Promise<void> {
    if (!this.plain) this.options.notify(this.options.labels.loading);
    try {
      const { createEditor } = await loadEditor();
      await this.notComposing();
      const plain = this.plain;
      const state = plain?.state();
      const { region, host } = this.options;
      host.style.minHeight = `${region.offsetHeight}px`;
      host.hidden = false;
      region.hidden = true;
      this.monaco = createEditor(host, {
        value: state?.value ?? this.options.value,
        uri: this.options.uri,
        ariaLabel: this.options.ariaLabel,
        onChange: this.options.onChange,
        onRun: this.options.onRun,
        onEscape: this.options.onEscape,
        ...(this.options.minLines === undefined ? {} : { minLines: this.options.minLines }),
        ...(this.options.maxLines === undefined ? {} : { maxLines: this.options.maxLines }),
        ...(state ? { carryOver: state, undoTo: this.options.value } : {}),
      });
      plain?.dispose();
      this.plain = undefined;
      this.fullButton?.remove();
      host.style.minHeight = '';
      this.options.notify('');
      if (!state || state.focused) this.monaco.focus();
    } catch (error) {
      this.upgrading = undefined;
      this.options.host.hidden = true;
      this.options.region.hidden = false;
      // Said under the code; with the plain editor still there, the reader can carry on.
      this.options.notify(this.options.labels.failed(error instanceof Error ? error.message : String(error)));
    }
  }

  /** Resolves once no input method is composing in the plain editor (takes a composition's end). */
  private notComposing(): Promise<void> {
    const plain = this.plain;
    if (!plain?.composing) return Promise.resolve();
    return new Promise((resolve) => plain.textarea.addEventListener('compositionend', () => setTimeout(resolve, 0), { once: true }));
  }

  private offerFullEditor(): void {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'al-btn al-runner__full-editor';
    button.dataset.action = 'full-editor';
    button.textContent = this.options.labels.fullEditor;
    button.addEventListener('click', () => {
      this.options.notify(this.options.labels.loading);
      button.disabled = true;
      void this.upgrade().finally(() => {
        button.disabled = false;
        this.monaco?.focus();
      });
    });
    this.options.region.after(button);
    this.fullButton = button;
  }

  dispose(): void {
    this.plain?.dispose();
    this.monaco?.dispose();
    this.fullButton?.remove();
  }
}

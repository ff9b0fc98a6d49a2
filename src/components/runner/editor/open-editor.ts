/**
 * Opens a runner's editor on the reader's first press. The plain editor's script (live-editor.ts
 * and what it imports, 3 KB gzipped) is not in the page's first download: it is fetched once the
 * page is idle after its load (and no run is waited for), when the pointer comes over the code or
 * focus enters it, and at the latest on the press. When it is
 * there, the editor opens in the same task as the press, as it always did. When it is not, the
 * keys typed meanwhile are held (held-keys.ts) and typed into the editor once it has arrived, at
 * the caret the press chose.
 */
import type { LiveEditor, LiveEditorOptions } from './live-editor';
import { HeldKeys } from './held-keys';
import { textOffsetAt } from './click-offset';
import { loadEditor } from './load-editor';
import { touchFirst } from './touch-first';
import { whenIdleAfterLoad } from '../load-on-intent';
import { loadOnce } from '../load-once';

type LiveEditorModule = typeof import('./live-editor');

let loaded: LiveEditorModule | undefined;
let idleFetch = false;

/** Fetches the plain editor's script once; a failed fetch is tried again on the next call. */
export const loadLiveEditor = loadOnce(() => import('./live-editor').then((module) => (loaded = module)));

export interface OpenRequest {
  focus: boolean;
  /** Where the caret goes, as an offset in the text (where the reader clicked). */
  caret?: number | undefined;
}

export class EditorOpener {
  private current: LiveEditor | undefined;
  private opening: Promise<LiveEditor> | undefined;
  private held: HeldKeys | undefined;
  private wanted: OpenRequest = { focus: false };
  private focusedAtPress: Element | null = null;

  /**
   * @param region the static code ([data-lab="static-code"]): held keys are typed there
   * @param options the editor's options, read when it is made (the code may change meanwhile)
   * @param failed shows why the script did not load; the next press tries again
   */
  constructor(
    private readonly region: HTMLElement,
    private readonly options: () => LiveEditorOptions,
    private readonly failed: (error: unknown) => void,
  ) {}

  /** The editor, once it is open. */
  get editor(): LiveEditor | undefined {
    return this.current;
  }

  /**
   * The static code's own keys and clicks: a click, Enter, Space or a printable key opens the
   * editor. Focus alone only fetches it (and Monaco, off touch devices): moving focus into an
   * editor, which keeps Tab for indenting, would trap a keyboard reader tabbing through the page.
   */
  listen(): void {
    const region = this.region;
    const fetch = () => void loadLiveEditor().catch(() => undefined);
    if (!idleFetch) {
      idleFetch = true;
      whenIdleAfterLoad(fetch);
    }
    region.addEventListener('pointerover', fetch, { once: true });
    region.addEventListener('focus', () => {
      fetch();
      if (!touchFirst()) void loadEditor().catch(() => undefined);
    });
    region.addEventListener('keydown', (event) => {
      if (this.current || event.target !== region || this.held?.take(event)) return;
      const opens = event.key === 'Enter' || event.key === ' ' || (event.key.length === 1 && !event.ctrlKey && !event.metaKey && !event.altKey);
      if (!opens || event.ctrlKey || event.metaKey) return;
      // A printable key is not swallowed: focus moves to the plain editor before the character
      // is inserted, so it lands in the code; or it is held until the editor is there.
      const typed = event.key !== 'Enter' && event.key !== ' ';
      if (!typed) event.preventDefault();
      void this.open({ focus: true }).catch(() => undefined);
      if (typed) this.held?.take(event);
    });
    region.addEventListener('click', (event) => {
      if (this.current) return;
      void this.open({ focus: true, caret: textOffsetAt(region, event.clientX, event.clientY) }).catch(() => undefined);
    });
  }

  open(request: OpenRequest): Promise<LiveEditor> {
    if (!this.current && loaded) this.current = new loaded.LiveEditor(this.options());
    if (this.current) {
      this.apply(this.current, request);
      return Promise.resolve(this.current);
    }
    this.wanted = { focus: this.wanted.focus || request.focus, caret: request.caret ?? this.wanted.caret };
    this.focusedAtPress = document.activeElement;
    this.held ??= new HeldKeys(this.region);
    this.opening ??= loadLiveEditor().then(
      (module) => this.arrived(module),
      (error: unknown) => {
        this.opening = undefined;
        this.held?.release();
        this.held = undefined;
        this.failed(error);
        throw error;
      },
    );
    return this.opening;
  }

  private arrived(module: LiveEditorModule): LiveEditor {
    const editor = (this.current ??= new module.LiveEditor(this.options()));
    const keys = this.held?.release() ?? [];
    this.held = undefined;
    const active = document.activeElement;
    // Focus only if the reader has not gone elsewhere meanwhile (or has typed into the code).
    const stayed = active === this.focusedAtPress || active === document.body || active === null || this.region.contains(active);
    this.apply(editor, { focus: keys.length > 0 || (this.wanted.focus && stayed), caret: this.wanted.caret });
    if (keys.length > 0) editor.typeHeld(keys);
    return editor;
  }

  private apply(editor: LiveEditor, { focus, caret }: OpenRequest): void {
    if (focus) editor.focus();
    if (caret !== undefined) editor.placeCaret(caret);
  }
}

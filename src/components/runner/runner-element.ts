/**
 * <al-runner>: one runnable editor (markup in RunnerShell.astro). It shows the build-time
 * highlighted code until the reader shows intent (clicks the code, presses Enter on it or Edit),
 * then makes it editable in place at once and swaps in Monaco when it has loaded. Run uses the
 * precompiled program while the code is unedited and the in-browser compiler after the first edit
 * (run-controller.ts does the run). Results go to the output panel and, as the runner contract
 * says, onto the element's data-run-* attributes.
 *
 * Events (bubbling, named in events.ts), for the exercise and the playground around it:
 * `al-run-complete` (detail: the RunRecord) and `al-code-change` (detail: { code, edited }).
 */
import type { ClockMode, CompiledProgram, RunRecord } from '../../lab';
import type { Locale, UiKey } from '../../i18n';
import { t } from '../../i18n/page-strings';
import { compiler, prepareSandboxWhenIdle, sandbox, savedWork } from './lab-services';
import { OutputView } from './output-view';
import { RunController } from './run-controller';
import { codeChangeEvent, runCompleteEvent, type CodeChangeDetail, type RunCompleteDetail } from './events';
import type { StepThrough } from './inspector/step-through';
import type { LiveEditor, LiveEditorOptions } from './editor/live-editor';
import { touchFirst } from './editor/touch-first';
import { EditorOpener } from './editor/open-editor';
/** A recording run's program, instrumented by the inspector's chunk (loaded on first use). */
const instrumented = async (program: CompiledProgram) => (await import('./step-through-chunk')).instrumented(program);

export class RunnerElement extends HTMLElement {
  private starter = '';
  private code = '';
  private program: CompiledProgram | undefined;
  /** Programs compiled at build time for other code than the starter (an exercise's solution). */
  private readonly precompiled = new Map<string, CompiledProgram>();
  private locale: Locale = 'en';
  private output!: OutputView;
  private opener!: EditorOpener;
  private get editor(): LiveEditor | undefined {
    return this.opener.editor;
  }
  private controller!: RunController;
  /** Step through (the inspector, issue 14): ./inspector/, loaded on the button's first press. */
  private stepper: StepThrough | undefined;
  /** Runs finished, as data-run-count shows. */
  private finishedRuns = 0;
  private wired = false;

  /** The code as the reader has it now. */
  get value(): string {
    return this.editor?.getValue() ?? this.code;
  }

  /** The code the runner started from (an exercise's starter). */
  get starterCode(): string {
    return this.starter;
  }

  /** True once the code differs from what the page shipped. */
  get edited(): boolean {
    return this.value !== this.starter;
  }

  /** Where this runner's code is saved; exercises and the playground set their own. */
  get editorKey(): string {
    return this.dataset.editorKey ?? 'unnamed';
  }

  connectedCallback(): void {
    if (this.wired) return;
    this.wired = true;
    this.locale = this.dataset.locale === 'zh' ? 'zh' : 'en';
    this.starter = this.querySelector<HTMLTemplateElement>('template[data-lab="source"]')?.content.textContent ?? '';
    this.code = this.starter;
    const programJson = this.querySelector('script[data-lab="program"]')?.textContent;
    this.program = programJson ? (JSON.parse(programJson) as CompiledProgram) : undefined;
    const also = this.querySelector('script[data-lab="also-compiled"]')?.textContent;
    for (const { source, program } of also ? (JSON.parse(also) as Array<{ source: string; program: CompiledProgram }>) : []) {
      this.precompiled.set(source, program);
    }
    this.output = new OutputView(this.querySelector('[data-lab="output"]')!, this.locale, (line, column) => this.goTo(line, column));
    this.controller = new RunController({ compiler, sandbox, output: this.output, text: (key, values) => this.s(key, values) });
    this.opener = new EditorOpener(
      this.querySelector<HTMLElement>('[data-lab="static-code"]')!,
      () => this.editorOptions(),
      (error) => this.notify(this.s('runner.editorFailed', { message: error instanceof Error ? error.message : String(error) })),
    );
    this.wire();
    if (this.dataset.variant !== 'playground') {
      const saved = savedWork.loadCode(this.editorKey, this.starter);
      if (saved !== undefined) this.setCode(saved, { save: false });
    }
    prepareSandboxWhenIdle();
  }

  /**
   * Replaces the code (Reset, the solution, a share link). Goes through the editor when it is
   * open, so Ctrl+Z undoes it.
   */
  setCode(code: string, { save = true }: { save?: boolean } = {}): void {
    this.code = code;
    if (this.editor) this.editor.setValue(code);
    else this.showPlainCode(code);
    this.codeChanged(save);
  }

  /**
   * Until the editor loads, code other than the shipped starter (saved edits, a share link) is
   * shown as plain text in place of the highlighted block: readable at once, and opening a link
   * costs no editor download.
   */
  private showPlainCode(code: string): void {
    const staticCode = this.querySelector<HTMLElement>('[data-lab="static-code"]');
    if (!staticCode) return;
    const highlighted = staticCode.querySelector<HTMLElement>('.expressive-code');
    let plain = staticCode.querySelector<HTMLElement>('pre.al-runner__plain');
    if (code === this.starter) {
      plain?.remove();
      if (highlighted) highlighted.hidden = false;
      return;
    }
    if (!plain) {
      plain = document.createElement('pre');
      plain.className = 'al-runner__plain';
      staticCode.append(plain);
    }
    plain.textContent = code;
    if (highlighted) highlighted.hidden = true;
  }

  /** Makes `code` the unedited state: the playground's starting code when it opens a link. */
  setStarter(code: string, program?: CompiledProgram): void {
    this.starter = code;
    this.program = program;
    this.setCode(code, { save: false });
  }

  private s(key: UiKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  private button(action: string): HTMLButtonElement | null {
    return this.querySelector(`button[data-action="${action}"]`);
  }

  private wire(): void {
    this.button('run')?.addEventListener('click', () => void this.run());
    this.button('stop')?.addEventListener('click', () => this.controller.stop());
    this.button('edit')?.addEventListener('click', () => void this.openEditor({ focus: true }).catch(() => undefined));
    const step = this.button('step');
    step?.addEventListener('click', () => void this.stepThrough());
    // The pointer on Step through, or focus on it: the waiting worker gets the recorder now and
    // warms it while the reader decides (src/lab/sandbox/recorder-warm-up.ts).
    for (const type of ['pointerover', 'focus'] as const) step?.addEventListener(type, () => void sandbox.prepareRecorder(), { once: true, passive: true });
    this.opener.listen();
    this.addEventListener('keydown', (event) => {
      const inEditor = (event.target as Element).closest('[data-lab="editor-host"]');
      if (!inEditor && event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
        event.preventDefault();
        void this.run();
      }
    });
    for (const tab of this.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      tab.addEventListener('click', () => this.selectTab(tab));
      tab.addEventListener('keydown', (event) => {
        if (event.key !== 'ArrowRight' && event.key !== 'ArrowLeft') return;
        const tabs = [...this.querySelectorAll<HTMLButtonElement>('[role="tab"]')];
        const next = tabs[(tabs.indexOf(tab) + (event.key === 'ArrowRight' ? 1 : tabs.length - 1)) % tabs.length]!;
        this.selectTab(next);
        next.focus();
      });
    }
  }

  private async stepThrough(): Promise<void> {
    const { StepThrough, inspectorStyles } = await import('./step-through-chunk');
    await inspectorStyles;
    this.stepper ??= new StepThrough({
      element: this,
      locale: () => this.locale,
      runRecorded: () => this.run({ record: true }),
      runsStarted: () => this.controller.started,
      highlightLine: () => this.editor?.highlightLine,
      returnFocus: () => this.button('step')?.focus(),
    });
    await this.stepper.open();
  }

  private selectTab(selected: HTMLButtonElement): void {
    for (const tab of this.querySelectorAll<HTMLButtonElement>('[role="tab"]')) {
      const on = tab === selected;
      tab.setAttribute('aria-selected', String(on));
      tab.tabIndex = on ? 0 : -1;
      const panel = document.getElementById(tab.getAttribute('aria-controls') ?? '');
      if (panel) panel.hidden = !on;
    }
  }

  private clock(): ClockMode {
    const checked = this.querySelector<HTMLInputElement>('.al-runner__clock input:checked');
    return checked?.value === 'real' ? 'real' : 'instant';
  }

  /**
   * Makes the code editable at once (the plain editor over the static code, editor/live-editor.ts);
   * Monaco takes over in place when it has loaded, except on touch devices, where it waits for
   * the reader's "Full editor".
   */
  private openEditor(request: { focus: boolean; caret?: number | undefined }): Promise<LiveEditor> {
    return this.opener.open(request);
  }

  private notify(text: string): void {
    this.querySelector<HTMLElement>('[data-lab="editor-notice"]')!.textContent = text;
  }

  private editorOptions(): LiveEditorOptions {
    const title = this.dataset.title ?? '';
    return {
      region: this.querySelector<HTMLElement>('[data-lab="static-code"]')!,
      host: this.querySelector<HTMLElement>('[data-lab="editor-host"]')!,
      value: this.code,
      uri: `file:///${this.editorKey.replace(/[^\w/.-]/g, '-')}${this.editorKey.endsWith('.ts') ? '' : '.ts'}`,
      ariaLabel: this.s('runner.editorLabel', { title }),
      onChange: (value) => {
        this.code = value;
        this.codeChanged(true);
      },
      onRun: () => void this.run(),
      onEscape: () => this.button('run')?.focus(),
      minLines: 3,
      maxLines: this.dataset.variant === 'playground' ? 40 : 30,
      monacoNow: !touchFirst(),
      labels: {
        fullEditor: this.s('runner.fullEditor'),
        loading: this.s('runner.loadingEditor'),
        failed: (message) => this.s('runner.editorFailed', { message }),
      },
      notify: (text) => this.notify(text),
    };
  }

  private codeChanged(save: boolean): void {
    this.stepper?.close();
    const edited = this.edited;
    const badge = this.querySelector<HTMLElement>('[data-lab="edited"]');
    if (badge) badge.hidden = !edited;
    // Code the build compiled already (an exercise's solution, put in by "Use it") runs without
    // esbuild: loading it then would only fetch 3.8 MB and take the CPU from that very run.
    if (edited && !this.precompiled.has(this.value)) void (this.editor?.whenNotLoading() ?? Promise.resolve()).then(() => compiler.warm());
    if (save && this.dataset.variant !== 'playground') savedWork.saveCode(this.editorKey, this.starter, this.value);
    this.dispatchEvent(new CustomEvent<CodeChangeDetail>(codeChangeEvent, { bubbles: true, detail: { code: this.value, edited } }));
  }

  private goTo(line: number, column: number): void {
    void this.openEditor({ focus: true }).then(
      (editor) => editor.goTo(line, column),
      () => undefined,
    );
  }

  /**
   * Runs the code as it is now; a run already going is stopped first. `record` is Step through's
   * run: the program instrumented, the instant clock, the loop recorded for the inspector.
   */
  async run({ record: recording = false }: { record?: boolean } = {}): Promise<RunRecord | undefined> {
    this.stepper?.close();
    // Code the build compiled: the unedited starter, or other code it knows (an exercise's solution).
    const program = (!this.edited ? this.program : undefined) ?? this.precompiled.get(this.value);
    const { run, end } = this.controller.start(this.value, program, this.clock(), recording ? { instrument: instrumented } : undefined);
    this.setRunning(true);
    try {
      const outcome = await end;
      if (outcome.kind === 'replaced') return undefined;
      if (outcome.kind === 'no-record') {
        this.recordAttributes({ status: 'error', virtualMs: 0, realMs: 0 });
        return undefined;
      }
      this.recordAttributes(outcome.record);
      this.dispatchEvent(new CustomEvent<RunCompleteDetail>(runCompleteEvent, { bubbles: true, detail: { record: outcome.record } }));
      return outcome.record;
    } finally {
      if (this.controller.isLatest(run)) this.setRunning(false);
    }
  }

  private setRunning(running: boolean): void {
    this.toggleAttribute('data-running', running);
    const stop = this.button('stop');
    if (stop) stop.disabled = !running;
  }

  private recordAttributes(record: Pick<RunRecord, 'status' | 'virtualMs' | 'realMs'>): void {
    this.dataset.runStatus = record.status;
    this.dataset.runCount = String(++this.finishedRuns);
    this.dataset.virtualMs = String(Math.round(record.virtualMs));
    this.dataset.realMs = String(Math.round(record.realMs));
  }
}

if (!customElements.get('al-runner')) customElements.define('al-runner', RunnerElement);

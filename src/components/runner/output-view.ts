/**
 * Draws a run into a runner's output panel: the status line with both elapsed times, the
 * console (levels styled, long output capped), errors with a button that takes the editor to
 * the line, and the timeline. Text always goes in through textContent: program output is
 * untrusted.
 */
import { defaultLimits, formatDiagnostic, formatMs, type ConsoleEntry, type Diagnostic, type PartialRun, type RunRecord } from '../../lab';
import type { Locale, UiKey } from '../../i18n';
import { t } from '../../i18n/page-strings';
import { statusIcon } from './status-icon';
import { whenIdleAfterLoad } from './load-on-intent';

/**
 * The timeline's renderer is not in the page's first download (it is a sixth of the runner's
 * script): a run starts loading it and the page fetches it when idle (`prepareTimeline`), and a
 * finished run waits for it, so the timeline is drawn before the run counts as finished.
 */
let timelineModule: Promise<typeof import('./timeline')> | undefined;
export const prepareTimeline = (): Promise<typeof import('./timeline')> => (timelineModule ??= import('./timeline'));

/** Console lines drawn in the page; the rest are counted in a "N more lines" note. */
const shownLines = 500;

export class OutputView {
  private readonly status: HTMLElement;
  private readonly console: HTMLElement;
  private readonly timeline: HTMLElement;
  /** The console entries drawn so far, in order: the streamed lines a finished run keeps. */
  private drawnEntries: ConsoleEntry[] = [];
  /** Counts the runs the panel was cleared for, so a late timeline never lands on a newer run. */
  private panel = 0;
  private get drawn(): number {
    return this.drawnEntries.length;
  }

  constructor(
    private readonly root: HTMLElement,
    private readonly locale: Locale,
    private readonly goTo: (line: number, column: number) => void,
  ) {
    this.status = root.querySelector('[data-lab="status"]')!;
    this.console = root.querySelector('[data-lab="console"]')!;
    this.timeline = root.querySelector('[data-lab="timeline"]')!;
    whenIdleAfterLoad(() => void prepareTimeline().catch(() => undefined));
  }

  private s(key: UiKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  /** Clears the panel for a new run and shows what is happening ("Running…"). */
  begin(message: string): void {
    void prepareTimeline().catch(() => undefined);
    this.panel++;
    this.root.hidden = false;
    this.console.replaceChildren();
    this.timeline.replaceChildren();
    this.drawnEntries = [];
    this.busy(message);
  }

  busy(message: string): void {
    this.status.textContent = message;
    this.status.dataset.kind = 'busy';
  }

  /** Adds console lines that streamed in while the run goes on. */
  partial(run: PartialRun): void {
    // Fewer lines than drawn: the run started over (the sandbox needed its formatter) and
    // reports from scratch; what the first attempt printed goes.
    if (run.console.length < this.drawn) {
      this.console.replaceChildren();
      this.drawnEntries = [];
    }
    this.appendLines(run.console.slice(this.drawn));
  }

  /** Shows the finished run; resolves once its timeline is drawn too. */
  finish(record: RunRecord): Promise<void> {
    // The lines streamed while the run went on are normally the record's first lines: keep them
    // rather than draw hundreds of lines twice (that froze the page for a quarter of a second).
    if (!this.drawnEntries.every((entry, i) => record.console[i]?.text === entry.text && record.console[i]?.level === entry.level)) {
      this.console.replaceChildren();
      this.drawnEntries = [];
    }
    this.appendLines(record.console.slice(this.drawn));
    const hidden = record.console.length - this.drawn + record.droppedConsole;
    if (hidden > 0) this.note(this.s('console.more', { count: hidden }));
    if (record.resultText !== undefined) {
      const result = document.createElement('div');
      result.className = 'al-result';
      result.textContent = `${this.s('console.result')}: ${record.resultText}`;
      this.console.append(result);
    }
    if (record.console.length === 0 && record.resultText === undefined) this.note(this.s('console.empty'));
    this.status.replaceChildren(statusIcon(record.status), `${this.statusText(record)} · ${this.elapsedText(record)}`);
    this.status.dataset.kind = record.status;
    const drawing = this.panel;
    return prepareTimeline().then(
      ({ renderTimeline }) => {
        // A newer run may have begun meanwhile: the panel is no longer this record's.
        if (drawing === this.panel) this.timeline.innerHTML = renderTimeline(record.spans, { totalMs: record.virtualMs, locale: this.locale });
      },
      // Offline with the chunk never fetched: the run is shown, without its timeline.
      () => undefined,
    );
  }

  /** Shows compile errors as error lines naming the TypeScript line. */
  compileErrors(diagnostics: Diagnostic[]): void {
    this.console.replaceChildren();
    this.drawnEntries = [];
    for (const diagnostic of diagnostics) {
      const text = `${formatDiagnostic(diagnostic)}${diagnostic.lineText ? `\n    ${diagnostic.lineText}` : ''}`;
      this.console.append(this.line({ level: 'error', text, at: 0 }, { line: diagnostic.line, column: diagnostic.column }));
    }
    this.status.textContent = this.s('status.compileError');
    this.status.dataset.kind = 'error';
    this.timeline.replaceChildren();
  }

  /** A message about the runner itself (the compiler failed to load...). */
  problem(message: string): void {
    this.root.hidden = false;
    this.status.textContent = message;
    this.status.dataset.kind = 'error';
  }

  private statusText(record: RunRecord): string {
    switch (record.status) {
      case 'ok':
        return this.s('status.ok');
      case 'error':
        return this.s('status.error');
      case 'stopped':
        return this.s('status.stopped');
      case 'timeout':
        if (record.timeoutReason === 'virtual') return this.s('status.timeoutVirtual', { minutes: Math.round(defaultLimits.virtualMs / 60_000) });
        if (record.timeoutReason === 'wall') return this.s('status.timeoutWall', { seconds: Math.round(record.realMs / 1000) });
        return this.s('status.timeoutBlocked', { seconds: Math.round(defaultLimits.blockedMs / 1000) });
    }
  }

  private elapsedText(record: RunRecord): string {
    const lang = this.locale;
    const clock = this.s(record.clock === 'instant' ? 'status.clockInstant' : 'status.clockReal');
    return `${this.s('status.elapsed', { virtual: formatMs(record.virtualMs, lang), real: formatMs(record.realMs, lang) })} (${clock})`;
  }

  private appendLines(entries: ConsoleEntry[]): void {
    const lines = document.createDocumentFragment();
    for (const entry of entries.slice(0, Math.max(0, shownLines - this.drawn))) {
      lines.append(this.line(entry, errorPosition(entry)));
      this.drawnEntries.push(entry);
    }
    this.console.append(lines);
  }

  /** One console line, and after an error line the button that moves the editor to it. */
  private line(entry: ConsoleEntry, position: { line: number; column: number } | undefined): DocumentFragment {
    const parts = document.createDocumentFragment();
    const line = document.createElement('div');
    line.dataset.lab = 'line';
    line.dataset.level = entry.level;
    line.className = `al-line al-line--${entry.level}`;
    line.textContent = entry.text;
    parts.append(line);
    if (position) {
      const button = document.createElement('button');
      button.type = 'button';
      button.className = 'al-goto';
      button.textContent = this.s('console.gotoLine', { line: position.line });
      button.addEventListener('click', () => this.goTo(position.line, position.column));
      parts.append(button);
    }
    return parts;
  }

  private note(text: string): void {
    const note = document.createElement('p');
    note.className = 'al-console-note';
    note.textContent = text;
    this.console.append(note);
  }
}

/** The first "main.ts:line:col" in an error line: where the reader's code failed. */
function errorPosition(entry: ConsoleEntry): { line: number; column: number } | undefined {
  if (entry.level !== 'error') return undefined;
  const match = /main\.ts:(\d+):(\d+)/.exec(entry.text);
  return match ? { line: Number(match[1]), column: Number(match[2]) } : undefined;
}

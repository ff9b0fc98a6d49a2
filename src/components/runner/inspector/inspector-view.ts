/**
 * The inspector panel (runner contract in DESIGN.md): one step of a recorded run at a time —
 * what runs, the async functions parked at an await, the microtask queue and the timers after
 * it, the run's clock with a playhead — and the console lines up to the step, later ones dimmed.
 * Stepping replays the record (build-steps.ts); nothing runs again.
 *
 * Keys while the panel has focus: ←/→ one step, Home/End the first and last. Text goes in
 * through textContent only: lines and names come from the reader's program.
 */
import type { Replay, Step } from '../../../lab/inspector';
import type { RunStatus } from '../../../lab';
import { maxSteps } from '../../../lab/inspector';
import type { Locale, UiKey } from '../../../i18n';
import { t } from '../../../i18n/page-strings';

export interface InspectorOptions {
  replay: Replay;
  locale: Locale;
  status: RunStatus;
  /** The run's length on its clock, for the playhead. */
  totalMs: number;
  /** The runner's console element: its lines get data-step and are dimmed after the current step. */
  console: HTMLElement | null;
  /** Shows a line of the reader's code (0: none). */
  highlight(line: number): void;
  /** The playhead on the run's output timeline, moved with the steps. */
  playhead?: { move(ms: number): void; remove(): void };
  onClose(): void;
}

function el<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Record<string, string> = {}, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  if (text !== undefined) node.textContent = text;
  return node;
}

export class InspectorView {
  readonly element: HTMLElement;
  private current = 1;
  private readonly slider: HTMLInputElement;
  private readonly position: HTMLElement;
  private readonly now: HTMLElement;
  private readonly parked: HTMLOListElement;
  private readonly microtasks: HTMLOListElement;
  private readonly timers: HTMLOListElement;
  private readonly playhead: HTMLElement;
  private readonly clockText: HTMLElement;
  private readonly previous: HTMLButtonElement;
  private readonly next: HTMLButtonElement;

  constructor(private readonly options: InspectorOptions) {
    const { replay } = options;
    const count = replay.steps.length;
    const root = el('section', {
      class: 'al-inspector',
      'data-lab': 'inspector',
      'data-steps': String(count),
      tabindex: '0',
      'aria-label': this.s('inspector.label'),
      'aria-keyshortcuts': 'ArrowLeft ArrowRight Home End',
    });
    this.element = root;
    const bar = el('div', { class: 'al-inspector__bar' });
    this.previous = el('button', { type: 'button', class: 'al-btn' }, this.s('inspector.previous'));
    this.next = el('button', { type: 'button', class: 'al-btn' }, this.s('inspector.next'));
    this.slider = el('input', { type: 'range', min: '1', max: String(Math.max(count, 1)), step: '1', 'aria-label': this.s('inspector.slider') });
    this.position = el('span', { class: 'al-inspector__position', role: 'status' });
    const close = el('button', { type: 'button', class: 'al-btn al-inspector__close' }, this.s('inspector.close'));
    bar.append(this.previous, this.next, this.slider, this.position, close);
    root.append(bar);
    const notes: string[] = [];
    if (replay.truncated) notes.push(this.s('inspector.truncated', { max: maxSteps }));
    if (options.status !== 'ok') notes.push(this.s('inspector.stopped'));
    if (count === 0) notes.push(this.s('inspector.none'));
    for (const note of notes) root.append(el('p', { class: 'al-inspector__note' }, note));
    this.now = el('p', { class: 'al-inspector__now', 'data-lab': 'step-now' });
    root.append(this.now);
    const grid = el('div', { class: 'al-inspector__grid' });
    const column = (title: UiKey, list: HTMLOListElement) => {
      const id = `al-inspector-${Math.random().toString(36).slice(2, 9)}`;
      const section = el('section', { class: 'al-inspector__column', 'aria-labelledby': id });
      section.append(el('h4', { id }, this.s(title)), list);
      grid.append(section);
    };
    this.parked = el('ol', { 'data-lab': 'parked' });
    this.microtasks = el('ol', { 'data-lab': 'microtasks' });
    this.timers = el('ol', { 'data-lab': 'timers' });
    column('inspector.parked', this.parked);
    column('inspector.microtasks', this.microtasks);
    column('inspector.timers', this.timers);
    root.append(grid);
    const strip = el('div', { class: 'al-inspector__clock' });
    const track = el('div', { class: 'al-inspector__track', 'aria-hidden': 'true' });
    this.playhead = el('div', { class: 'al-inspector__playhead' });
    track.append(this.playhead);
    this.clockText = el('span', { class: 'al-inspector__clock-text' });
    strip.append(track, this.clockText);
    root.append(strip, el('p', { class: 'al-inspector__keys' }, this.s('inspector.keys')));

    this.previous.addEventListener('click', () => this.go(this.current - 1));
    this.next.addEventListener('click', () => this.go(this.current + 1));
    this.slider.addEventListener('input', () => this.go(Number(this.slider.value)));
    close.addEventListener('click', () => options.onClose());
    root.addEventListener('keydown', (event) => {
      // The slider moves itself on these keys; its input event does the rest.
      if (event.target === this.slider || event.altKey || event.ctrlKey || event.metaKey) return;
      const target = { ArrowLeft: this.current - 1, ArrowRight: this.current + 1, Home: 1, End: count }[event.key];
      if (target === undefined) return;
      event.preventDefault();
      this.go(target);
    });
    this.labelConsole();
  }

  private s(key: UiKey, values?: Record<string, string | number>): string {
    return t(this.options.locale, key, values);
  }

  /** Shows step `index` (clamped to the steps there are). */
  go(index: number): void {
    const { replay } = this.options;
    const count = replay.steps.length;
    this.current = Math.min(Math.max(index, 1), Math.max(count, 1));
    this.element.dataset.step = String(count === 0 ? 0 : this.current);
    this.slider.value = String(this.current);
    this.slider.setAttribute('aria-valuetext', this.s('inspector.position', { step: this.current, steps: count }));
    this.previous.disabled = this.current <= 1;
    this.next.disabled = this.current >= count;
    const step = replay.steps[this.current - 1];
    if (!step) return;
    this.position.textContent = this.s('inspector.position', { step: this.current, steps: count });
    this.now.dataset.kind = step.kind;
    this.now.dataset.line = String(step.line);
    this.now.dataset.virtualMs = String(Math.round(step.at));
    this.now.textContent = this.describe(step);
    const state = replay.stateAfter(this.current);
    this.fill(
      this.parked,
      state.parked.map((frame) => ({
        attrs: { 'data-lab': 'frame', 'data-name': frame.name, 'data-line': String(frame.line) },
        text: `${this.name(frame.name)} · ${this.line(frame.line)}`,
      })),
    );
    this.fill(
      this.microtasks,
      state.microtasks.map((job) => ({
        attrs: { 'data-lab': 'job', 'data-line': String(job.line) },
        text: [this.line(job.line), job.name ? this.s('inspector.resumes', { name: this.name(job.name) }) : ''].filter(Boolean).join(' · '),
      })),
    );
    this.fill(
      this.timers,
      state.timers.map((timer) => ({
        attrs: { 'data-lab': 'job', 'data-line': String(timer.line), 'data-due': String(Math.round(timer.due)), 'data-kind': timer.kind },
        text: [
          timer.label ?? this.s(timer.kind === 'io' ? 'inspector.kind.io' : 'inspector.kind.timer'),
          this.line(timer.line),
          this.s('inspector.due', { ms: Math.round(timer.due) }),
        ].join(' · '),
      })),
    );
    const total = Math.max(this.options.totalMs, step.at, 1);
    this.playhead.style.left = `${(100 * step.at) / total}%`;
    this.options.playhead?.move(step.at);
    this.clockText.textContent = this.s('inspector.clock', { ms: Math.round(step.at), total: Math.round(this.options.totalMs) });
    this.dimConsole(step);
    this.options.highlight(step.line);
  }

  private describe(step: Step): string {
    const kind = this.s(`inspector.kind.${step.kind}` as UiKey);
    const parts = [kind, this.line(step.line), this.s('inspector.at', { ms: Math.round(step.at) })];
    if (step.name) parts.push(step.kind === 'microtask' ? this.s('inspector.resumes', { name: this.name(step.name) }) : step.name);
    return parts.join(' · ');
  }

  private line(line: number): string {
    return line > 0 ? this.s('inspector.line', { line }) : this.s('inspector.noLine');
  }

  private name(name: string): string {
    if (name === '<top level>') return this.s('inspector.topLevel');
    if (name === '<anonymous>') return this.s('inspector.anonymous');
    return name;
  }

  private fill(list: HTMLOListElement, items: Array<{ attrs: Record<string, string>; text: string }>): void {
    list.replaceChildren(...items.map(({ attrs, text }) => el('li', attrs, text)));
    if (items.length === 0) list.append(el('li', { class: 'al-inspector__empty' }, this.s('inspector.empty')));
  }

  private consoleLines(): HTMLElement[] {
    return [...(this.options.console?.querySelectorAll<HTMLElement>('[data-lab="line"]') ?? [])];
  }

  /** Tags each console line with the step that printed it. */
  private labelConsole(): void {
    const steps = this.options.replay.steps;
    let step = 0;
    this.consoleLines().forEach((line, index) => {
      while (step + 1 < steps.length && steps[step + 1]!.consoleFrom <= index) step++;
      if (steps[step]) line.dataset.step = String(steps[step]!.index);
    });
  }

  private dimConsole(current: Step): void {
    for (const line of this.consoleLines()) line.classList.toggle('al-inspector-later', Number(line.dataset.step) > current.index);
  }

  /** Removes the panel and every mark it left on the runner. */
  dispose(): void {
    for (const line of this.consoleLines()) {
      line.classList.remove('al-inspector-later');
      delete line.dataset.step;
    }
    this.options.highlight(0);
    this.options.playhead?.remove();
    this.element.remove();
  }
}

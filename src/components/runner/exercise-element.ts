/**
 * <al-exercise>: an exercise around a runner (markup in Exercise.astro). After every run it
 * loads the exercise's check.ts (trusted site code, bundled by Vite, fetched only when needed),
 * shows the verdicts as a checklist, and records the exercise as done when all pass. Hints are
 * revealed one at a time; Reset and Show solution ask first.
 */
import type { RunRecord, Verdict } from '../../lab';
import type { Locale, UiKey } from '../../i18n';
import { t } from '../../i18n/page-strings';
import type { RunnerElement } from './runner-element';
import { exerciseDoneEvent, runCompleteEvent, type ExerciseDoneDetail, type RunCompleteDetail } from './events';
import { onStorageProblem, savedWork } from './lab-services';
import { loadEditor } from './editor/load-editor';
import { touchFirst } from './editor/touch-first';
import { showDone, takeMissedRun } from './exercise-early';

type CheckModule = { default: (run: RunRecord) => Verdict[] };

// Every exercise's check, each in its own chunk: a page downloads only the checks it runs.
const checkModules = import.meta.glob<CheckModule>('/content/exercises/*/check.ts');

class ExerciseElement extends HTMLElement {
  private locale: Locale = 'en';
  private slug = '';
  private runner!: RunnerElement;
  private hintsShown = 0;
  private diff: { dispose(): void } | undefined;

  connectedCallback(): void {
    if (this.runner) return;
    this.locale = this.dataset.locale === 'zh' ? 'zh' : 'en';
    this.slug = this.dataset.slug ?? '';
    this.runner = this.querySelector<RunnerElement>('al-runner')!;
    showDone(this, savedWork.doneExercises().includes(this.slug));
    this.addEventListener(runCompleteEvent, (event) => void this.check((event as CustomEvent<RunCompleteDetail>).detail.record));
    // A run that finished while this script was on its way (exercise-early.ts).
    const missed = takeMissedRun(this);
    if (missed) void this.check(missed);
    this.action('hint')?.addEventListener('click', () => this.nextHint());
    this.action('reset')?.addEventListener('click', () => void this.reset());
    this.action('solution')?.addEventListener('click', () => void this.showSolution());
    this.action('use-solution')?.addEventListener('click', () => {
      this.runner.setCode(this.solution());
      this.closeSolution();
    });
    this.action('close-solution')?.addEventListener('click', () => this.closeSolution());
    const notice = this.querySelector<HTMLElement>('[data-lab="storage-notice"]')!;
    onStorageProblem((problem) => {
      notice.textContent = this.s(problem === 'corrupted' ? 'storage.corrupted' : 'storage.unavailable');
    });
  }

  private s(key: UiKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  private action(name: string): HTMLButtonElement | null {
    return this.querySelector(`:scope > .al-exercise__actions button[data-action="${name}"], :scope > [data-lab="solution"] button[data-action="${name}"]`);
  }

  private solution(): string {
    return this.querySelector<HTMLTemplateElement>('template[data-lab="solution-source"]')?.content.textContent ?? '';
  }

  private async check(record: RunRecord): Promise<void> {
    const list = this.querySelector<HTMLElement>('[data-lab="checks"]')!;
    const summary = this.querySelector<HTMLElement>('[data-lab="checks-summary"]')!;
    let verdicts: Verdict[];
    try {
      const load = checkModules[`/content/exercises/${this.slug}/check.ts`];
      if (!load) throw new Error(`no check.ts for "${this.slug}"`);
      verdicts = (await load()).default(record);
    } catch (error) {
      summary.textContent = this.s('exercise.checkFailed', { message: error instanceof Error ? error.message : String(error) });
      list.replaceChildren();
      return;
    }
    list.replaceChildren(
      ...verdicts.map((verdict) => {
        const item = document.createElement('li');
        item.dataset.lab = 'check';
        item.dataset.pass = String(verdict.pass);
        item.className = verdict.pass ? 'al-check al-check--pass' : 'al-check al-check--fail';
        const mark = document.createElement('span');
        mark.className = 'al-check__mark';
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = verdict.pass ? '✓' : '✗';
        const state = document.createElement('span');
        state.className = 'sr-only';
        state.textContent = `${this.s(verdict.pass ? 'exercise.pass' : 'exercise.fail')}: `;
        item.append(mark, state, verdict[this.locale]);
        return item;
      }),
    );
    const failed = verdicts.filter((verdict) => !verdict.pass).length;
    summary.textContent = failed === 0 ? this.s('exercise.allPassed') : this.s('exercise.someFailed', { failed, total: verdicts.length });
    summary.dataset.kind = failed === 0 ? 'pass' : 'fail';
    if (failed === 0) {
      savedWork.markDone(this.slug);
      showDone(this, true);
      this.dispatchEvent(new CustomEvent<ExerciseDoneDetail>(exerciseDoneEvent, { bubbles: true, detail: { slug: this.slug } }));
    }
  }

  private nextHint(): void {
    const hints = [...this.querySelectorAll<HTMLElement>('[data-lab="hints"] > li')];
    const next = hints[this.hintsShown];
    if (!next) return;
    next.hidden = false;
    this.hintsShown++;
    const button = this.action('hint')!;
    if (this.hintsShown >= hints.length) {
      button.disabled = true;
      button.textContent = this.s('exercise.noMoreHints');
    } else {
      button.textContent = this.s('exercise.hint', { n: this.hintsShown + 1, total: hints.length });
    }
  }

  /** Asks a yes/no question in a modal dialog (keyboard: Tab between buttons, Escape cancels). */
  private confirm(question: string): Promise<boolean> {
    const dialog = this.querySelector<HTMLDialogElement>('dialog[data-lab="confirm"]')!;
    dialog.querySelector('[data-lab="confirm-text"]')!.textContent = question;
    dialog.returnValue = '';
    dialog.showModal();
    dialog.querySelector<HTMLButtonElement>('button[value="confirm"]')?.focus();
    return new Promise((resolve) => dialog.addEventListener('close', () => resolve(dialog.returnValue === 'confirm'), { once: true }));
  }

  private async reset(): Promise<void> {
    if (!this.runner.edited) return;
    const ok = await this.confirm(this.s('exercise.resetConfirm'));
    this.action('reset')?.focus();
    if (ok) this.runner.setCode(this.runner.starterCode);
  }

  private async showSolution(): Promise<void> {
    const ok = await this.confirm(this.s('exercise.solutionConfirm'));
    if (!ok) {
      this.action('solution')?.focus();
      return;
    }
    const panel = this.querySelector<HTMLElement>('[data-lab="solution"]')!;
    panel.hidden = false;
    const host = panel.querySelector<HTMLElement>('[data-lab="diff-host"]')!;
    this.diff?.dispose();
    // A phone gets the plain view (editor/plain-diff.ts): showing the solution must not load Monaco there.
    const { createDiff } = touchFirst() ? await import('./editor/plain-diff') : await loadEditor();
    const labels = { original: this.s('exercise.yourCode'), modified: this.s('exercise.solutionCode') };
    this.diff = createDiff(host, this.runner.value, this.solution(), this.s('exercise.solutionTitle'), labels);
    this.action('use-solution')?.focus();
  }

  private closeSolution(): void {
    this.diff?.dispose();
    this.diff = undefined;
    this.querySelector<HTMLElement>('[data-lab="solution"]')!.hidden = true;
    this.action('solution')?.focus();
  }
}

if (!customElements.get('al-exercise')) customElements.define('al-exercise', ExerciseElement);

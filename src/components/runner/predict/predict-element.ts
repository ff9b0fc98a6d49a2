/**
 * <al-predict>: a prediction around one runner (markup in Predict.astro). "Check my prediction"
 * runs the example through the runner's public `run()` and judges the reader's answer against
 * that run's RunRecord (judge.ts), then shows both side by side with the explanation. The first
 * checked attempt is saved as the block's score; a reader who ran the example before predicting
 * can still check, unscored. The element reports through the runner contract's attributes:
 * data-result = right | wrong and data-attempts.
 */
import type { Locale, UiKey } from '../../../i18n';
import { t } from '../../../i18n/page-strings';
import type { RunnerElement } from '../runner-element';
import type { RunCompleteDetail } from '../events';
import { savedWork } from '../saved-work-store';
import type { SavedPrediction } from '../saved-work';
import { judge, type Prediction, type Question } from './judge';
import { OrderList } from './order-list';
import { showComparison } from './result-view';

class PredictElement extends HTMLElement {
  private locale: Locale = 'en';
  private question!: Question;
  private runner: RunnerElement | null = null;
  private order: OrderList | undefined;
  private checking = false;
  /** The reader ran the example in this view before any prediction was checked. */
  private peeked = false;

  connectedCallback(): void {
    if (this.question) return;
    this.locale = this.dataset.locale === 'zh' ? 'zh' : 'en';
    this.question = JSON.parse(this.querySelector('script[data-lab="predict-question"]')?.textContent ?? '{}') as Question;
    this.runner = this.querySelector<RunnerElement>('al-runner');
    const list = this.querySelector<HTMLElement>('[data-lab="predict-list"]');
    if (list) {
      this.order = new OrderList(list, {
        announce: (message) => this.status(message),
        words: {
          moved: (line, position, total) => this.s('predict.moved', { line, position, total }),
          atTop: this.s('predict.atTop'),
          atBottom: this.s('predict.atBottom'),
        },
      });
    }
    this.action('check')?.addEventListener('click', () => void this.check());
    this.action('restore')?.addEventListener('click', () => this.restore());
    this.addEventListener('al-run-complete', (event) => this.ranByReader(event as CustomEvent<RunCompleteDetail>));
    const saved = savedWork.predictions()[this.blockId];
    if (saved) this.showSaved(saved, true);
    // This script loads on intent (Predict.astro): a run the reader finished before it arrived
    // counts as looking at the answer, as one finished after it does.
    else if (Number(this.runner?.dataset.runCount ?? 0) > 0) this.peek();
  }

  private get blockId(): string {
    return this.dataset.id ?? '';
  }

  private s(key: UiKey, values?: Record<string, string | number>): string {
    return t(this.locale, key, values);
  }

  private action(name: string): HTMLButtonElement | null {
    return this.querySelector(`:scope > .al-predict__actions button[data-action="${name}"]`);
  }

  private status(message: string): void {
    this.querySelector('[data-lab="predict-status"]')!.textContent = message;
  }

  private ranByReader(event: CustomEvent<RunCompleteDetail>): void {
    if (event.target === this.runner) this.peek();
  }

  /** The reader ran the example before any prediction was checked: a later check is unscored. */
  private peek(): void {
    if (this.checking || this.peeked) return;
    if (this.dataset.attempts || savedWork.predictions()[this.blockId]) return;
    this.peeked = true;
    this.status(this.s('predict.peeked'));
  }

  /** The reader's answer, or undefined (with a message and focus on the answer) when there is none. */
  private prediction(): Prediction | undefined {
    if (this.order) return { kind: 'order', lines: this.order.lines() };
    const checked = this.querySelector<HTMLInputElement>('.al-predict__choices input:checked');
    if (this.querySelector('.al-predict__choices')) {
      if (checked) return { kind: 'number', value: Number(checked.value) };
      this.status(this.s('predict.chooseFirst'));
      this.querySelector<HTMLInputElement>('.al-predict__choices input')?.focus();
      return undefined;
    }
    const input = this.querySelector<HTMLInputElement>('[data-lab="predict-number"]')!;
    const value = Number(input.value.replace(',', '.'));
    if (input.value.trim() === '' || !Number.isFinite(value)) {
      this.status(this.s('predict.typeFirst'));
      input.focus();
      return undefined;
    }
    return { kind: 'number', value: this.question.kind === 'time' ? Math.round(value * 1000) : value };
  }

  private async check(): Promise<void> {
    const runner = this.runner;
    if (!runner || this.checking) return;
    if (runner.edited) {
      this.status(this.s('predict.edited'));
      this.action('restore')!.hidden = false;
      return;
    }
    const prediction = this.prediction();
    if (!prediction) return;
    this.checking = true;
    this.status(this.s('predict.checking'));
    let record;
    try {
      record = await runner.run();
    } finally {
      this.checking = false;
    }
    if (!record) return this.status(this.s('predict.notFinished', { status: runner.dataset.runStatus ?? 'error' }));
    const judgement = judge(this.question, prediction, record);
    if (!('right' in judgement)) {
      if (judgement.problem === 'status') return this.status(this.s('predict.notFinished', { status: judgement.status }));
      return this.status(this.s(judgement.problem === 'lines-differ' ? 'predict.differ' : 'predict.nothing'));
    }
    const result = judgement.right ? 'right' : 'wrong';
    const saved = savedWork.recordPrediction(this.blockId, result, !this.peeked);
    this.dataset.result = result;
    this.dataset.attempts = String(saved.attempts);
    this.dataset.firstResult = saved.first;
    showComparison(
      this.querySelector('[data-lab="predict-yours"]')!,
      this.querySelector('[data-lab="predict-actual"]')!,
      this.question,
      prediction.kind === 'order' ? { lines: prediction.lines } : { value: prediction.value },
      judgement,
      this.locale,
    );
    this.querySelector<HTMLElement>('[data-lab="predict-result"]')!.hidden = false;
    this.status(`${this.s(judgement.right ? 'predict.right' : 'predict.wrong')} ${this.s('predict.attempt', { count: saved.attempts })}`);
    this.showSaved(saved, false);
  }

  /** What the saved score says; on load it also sets data-result to the first attempt's result. */
  private showSaved(saved: SavedPrediction, onLoad: boolean): void {
    if (onLoad) {
      this.dataset.result = saved.first === 'unscored' ? saved.last : saved.first;
      this.dataset.attempts = String(saved.attempts);
      this.dataset.firstResult = saved.first;
    }
    const first = saved.first === 'right' ? 'predict.firstRight' : saved.first === 'wrong' ? 'predict.firstWrong' : 'predict.firstUnscored';
    const line = this.querySelector<HTMLElement>('[data-lab="predict-saved"]')!;
    line.textContent = `${this.s(first)} ${this.s('predict.attempts', { count: saved.attempts })}`;
    line.hidden = false;
  }

  private restore(): void {
    if (!this.runner) return;
    this.runner.setCode(this.runner.starterCode);
    this.action('restore')!.hidden = true;
    this.status('');
    this.action('check')?.focus();
  }
}

if (!customElements.get('al-predict')) customElements.define('al-predict', PredictElement);

/**
 * Draws a checked prediction beside what the run did: for an order, both lists with the
 * reader's misplaced lines marked (in words too, for screen readers); for a time or a count, the
 * two numbers.
 */
import type { Locale } from '../../../i18n';
import { t } from '../../../i18n/page-strings';
import type { Judgement, Question } from './judge';
import { choiceLabel, measuredTime } from './format';
import { formatMs } from '../../../lab';

type Judged = Extract<Judgement, { right: boolean }>;

function list(lines: string[], marked: boolean[], misplacedWord: string): HTMLOListElement {
  const ol = document.createElement('ol');
  lines.forEach((line, index) => {
    const li = document.createElement('li');
    li.textContent = line;
    if (marked[index]) {
      li.dataset.misplaced = '';
      const note = document.createElement('span');
      note.textContent = ` ✗ (${misplacedWord})`;
      li.append(note);
    }
    ol.append(li);
  });
  return ol;
}

function paragraph(text: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.textContent = text;
  return p;
}

export function showComparison(
  yours: HTMLElement,
  actual: HTMLElement,
  question: Question,
  prediction: { lines?: string[]; value?: number },
  judgement: Judged,
  locale: Locale,
): void {
  if (judgement.kind === 'order') {
    yours.replaceChildren(list(prediction.lines ?? [], judgement.misplaced, t(locale, 'predict.misplaced')));
    actual.replaceChildren(list(judgement.actual, [], ''));
    return;
  }
  const value = prediction.value ?? 0;
  if (question.kind === 'time') {
    const said = question.choices ? choiceLabel(value, locale, t) : formatMs(value, locale);
    yours.replaceChildren(paragraph(said));
    actual.replaceChildren(paragraph(measuredTime(judgement.actual, locale, t)));
    return;
  }
  yours.replaceChildren(paragraph(String(value)));
  actual.replaceChildren(paragraph(t(locale, 'predict.measuredCount', { count: judgement.actual })));
}

/**
 * <al-progress-summary> on the home page: "3 of 12 exercises done", "Continue where you left
 * off: The event loop", and ✓ on finished lessons in the lesson list.
 */
import { onStorageProblem, savedWork } from './saved-work-store';
import { finishedLessons, type LessonExercises } from './progress';
import { withBase, withoutBase } from '../../base-path';

class ProgressSummary extends HTMLElement {
  connectedCallback(): void {
    let map: LessonExercises = {};
    try {
      map = JSON.parse(this.querySelector('[data-lab="lesson-exercises"]')?.textContent ?? '{}') as LessonExercises;
    } catch {
      return;
    }
    onStorageProblem((problem) => {
      const notice = this.querySelector<HTMLElement>('[data-lab="storage-notice"]')!;
      notice.textContent = (problem === 'corrupted' ? this.dataset.corrupted : this.dataset.unavailable) ?? '';
      notice.hidden = false;
      this.hidden = false;
    });
    const all = Object.values(map).flat();
    const done = savedWork.doneExercises().filter((slug) => all.includes(slug));
    const last = savedWork.lastVisit();
    const zh = this.dataset.lang === 'zh';
    for (const slug of finishedLessons(map, done, savedWork.visitedLessons())) {
      const mark = document.querySelector<HTMLElement>(`[data-lesson="${CSS.escape(slug)}"] [data-lab="done-mark"]`);
      if (mark) mark.hidden = false;
    }
    const predicted = this.showPredictions();
    if (done.length === 0 && !last && !predicted) return;
    this.hidden = false;
    this.querySelector('[data-lab="progress"]')!.textContent = (this.dataset.progress ?? '')
      .replace('{{done}}', String(done.length))
      .replace('{{total}}', String(all.length));
    if (last) {
      const link = this.querySelector<HTMLAnchorElement>('[data-lab="continue"]')!;
      // The last lesson, in this page's language.
      const path = withoutBase(last.path).replace(/^\/zh\//, '/');
      link.href = withBase(zh ? `/zh${path}` : path);
      link.textContent = (this.dataset.continue ?? '').replace('{{title}}', last.title);
      link.hidden = false;
    }
  }

  /** "3 of 13 predictions right first time", once the reader has checked any prediction. */
  private showPredictions(): boolean {
    let blocks: string[] = [];
    try {
      blocks = JSON.parse(this.querySelector('[data-lab="lesson-predictions"]')?.textContent ?? '[]') as string[];
    } catch {
      return false;
    }
    const saved = savedWork.predictions();
    if (!blocks.some((id) => saved[id])) return false;
    const right = blocks.filter((id) => saved[id]?.first === 'right').length;
    const line = this.querySelector<HTMLElement>('[data-lab="predictions"]')!;
    line.textContent = (this.dataset.predictions ?? '').replace('{{right}}', String(right)).replace('{{total}}', String(blocks.length));
    line.hidden = false;
    return true;
  }
}

if (!customElements.get('al-progress-summary')) customElements.define('al-progress-summary', ProgressSummary);

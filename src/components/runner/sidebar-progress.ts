/**
 * <al-sidebar-progress>: marks finished lessons in the sidebar, records the lesson being read,
 * and updates the marks the moment an exercise on this page is passed.
 */
import { exerciseDoneEvent } from './events';
import { savedWork } from './saved-work-store';
import { lessonOf, markFinished, type LessonExercises } from './progress';

function lessonMap(): LessonExercises {
  try {
    return JSON.parse(document.getElementById('al-lesson-exercises')?.textContent ?? '{}') as LessonExercises;
  } catch {
    return {};
  }
}

class SidebarProgress extends HTMLElement {
  connectedCallback(): void {
    const map = lessonMap();
    const label = this.dataset.doneLabel ?? 'done';
    const slug = lessonOf(location.pathname);
    if (slug) {
      savedWork.recordVisit({ path: location.pathname, title: document.querySelector('h1')?.textContent?.trim() ?? slug, at: Date.now() });
      savedWork.markVisited(slug);
    }
    const mark = () => {
      for (const sidebar of document.querySelectorAll('.sidebar-content')) markFinished(sidebar, map, label);
    };
    mark();
    document.addEventListener(exerciseDoneEvent, mark);
  }
}

if (!customElements.get('al-sidebar-progress')) customElements.define('al-sidebar-progress', SidebarProgress);

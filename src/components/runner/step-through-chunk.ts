/**
 * Step through's chunk as the runner loads it (on the button's first press, or a recording run):
 * the inspector's code and, with it, its stylesheet, which no page needs before that (issue 17:
 * it was in every page's stylesheet). A plain CSS import would not do: Astro puts the CSS that a
 * page's scripts import, even lazily, into the page itself.
 */
import stylesheet from './inspector/inspector.css?url';

export { StepThrough, instrumented } from './inspector/step-through';

/** Resolves when the inspector's stylesheet has loaded (at once after the first time). */
export const inspectorStyles: Promise<void> = new Promise((resolve) => {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = stylesheet;
  // A failed load leaves the panel unstyled but working: never block Step through on it.
  link.onload = link.onerror = () => resolve();
  document.head.append(link);
});

/**
 * Loads a custom element's script when the reader shows interest in one of its elements (the
 * pointer over it, focus inside it, a press) or once the page has loaded and gone idle, whichever
 * comes first (and no run is going on): a page's first download carries only what its first
 * seconds need.
 *
 * Until the element is defined its markup is plain HTML: radio buttons and fields work as they
 * are, and a click on one of its buttons that lands before the script has arrived is held and
 * replayed on the same button once it has, so no press is lost. Buttons inside `skipInside` (a
 * runner inside a Predict block, which has its own script) are left alone.
 */

import { loadOnce } from './load-once';

export interface IntentOptions {
  /** Buttons inside elements matching this selector are not the element's own. */
  skipInside?: string;
}

const intentEvents = ['pointerover', 'pointerdown', 'focusin', 'touchstart'] as const;

export function defineOnIntent(tag: string, load: () => Promise<unknown>, { skipInside }: IntentOptions = {}): void {
  if (customElements.get(tag)) return;
  // A failed load (offline, a new deploy) is tried again on the next sign of interest.
  const start = loadOnce(() => load().then(() => customElements.whenDefined(tag).then(() => undefined)));
  const inside = (event: Event): Element | null => {
    const target = event.target;
    return target instanceof Element ? target.closest(tag) : null;
  };
  const onIntent = (event: Event) => {
    if (inside(event)) start().then(stopListening, () => undefined);
  };
  const onClick = (event: MouseEvent) => {
    if (customElements.get(tag) || !inside(event)) return;
    const button = (event.target as Element).closest<HTMLElement>('button');
    if (!button || (skipInside && button.closest(skipInside))) return;
    event.preventDefault();
    event.stopImmediatePropagation();
    start().then(
      () => button.click(),
      () => undefined,
    );
  };
  function stopListening(): void {
    for (const type of intentEvents) document.removeEventListener(type, onIntent, true);
    document.removeEventListener('click', onClick, true);
  }
  for (const type of intentEvents) document.addEventListener(type, onIntent, { capture: true, passive: true });
  document.addEventListener('click', onClick, true);

  whenIdleAfterLoad(() => start().then(stopListening, () => undefined));
}

/**
 * Calls `task` once the page has loaded, the browser is idle and no runner is running. An idle
 * callback alone can run while the page's own resources are still loading, and then competes with
 * them; and a reader who pressed Run at once waits for that run, not for what the page might need
 * later (the loop is idle while the sandbox works, so idleness alone does not tell).
 */
export function whenIdleAfterLoad(task: () => void): void {
  const whenIdle = () => {
    const next = () => afterRuns(task);
    if ('requestIdleCallback' in window) requestIdleCallback(next, { timeout: 3000 });
    else setTimeout(next, 300);
  };
  if (document.readyState === 'complete') whenIdle();
  else window.addEventListener('load', whenIdle, { once: true });
}

/** Calls `task` when no runner carries `data-running` (runner-element.ts sets it during a run). */
function afterRuns(task: () => void): void {
  const running = () => document.querySelector('al-runner[data-running]') !== null;
  if (!running()) return task();
  const observer = new MutationObserver(() => {
    if (running()) return;
    observer.disconnect();
    task();
  });
  observer.observe(document.body, { subtree: true, attributes: true, attributeFilter: ['data-running'] });
}

/**
 * Stands in for @pagefind/default-ui's `PagefindUI` inside Starlight's search script (see
 * pagefind-on-intent.mjs). Starlight constructs it when the page is idle; the real UI, 26 KB
 * gzipped, is only imported on the first sign that the reader wants to search: the search button
 * hovered, focused or pressed, Ctrl/Cmd+K, or the search dialog opening any other way.
 */
type PagefindUIOptions = Record<string, unknown> & { element?: string };
type PagefindUIClass = new (options: PagefindUIOptions) => unknown;

export class PagefindUI {
  constructor(options: PagefindUIOptions) {
    whenSearchWanted(async () => {
      // @ts-expect-error @pagefind/default-ui ships no type declarations (Starlight says the same).
      const { PagefindUI: Real } = (await import('@pagefind/default-ui')) as { PagefindUI: PagefindUIClass };
      new Real(options);
      // Opened before the UI existed: Starlight's own focus call found no input to focus.
      const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
      if (dialog?.open) document.querySelector<HTMLInputElement>(`${options.element ?? '#starlight__search'} input`)?.focus();
    });
  }
}

/** Calls `start` once, on the first sign of a search. */
function whenSearchWanted(start: () => Promise<void>): void {
  const button = document.querySelector<HTMLButtonElement>('site-search button[data-open-modal]');
  const dialog = document.querySelector<HTMLDialogElement>('site-search dialog');
  const intents = ['pointerenter', 'focus', 'pointerdown', 'click'] as const;
  let observer: MutationObserver | undefined;
  const onKey = (event: KeyboardEvent): void => {
    if ((event.ctrlKey || event.metaKey) && event.key === 'k') go();
  };
  function go(): void {
    for (const type of intents) button?.removeEventListener(type, go);
    window.removeEventListener('keydown', onKey, true);
    observer?.disconnect();
    start().catch((error: unknown) => console.error('[search] Pagefind UI failed to load', error));
  }
  if (dialog?.open) return go();
  for (const type of intents) button?.addEventListener(type, go, { once: true });
  window.addEventListener('keydown', onKey, true);
  if (dialog) {
    observer = new MutationObserver(() => dialog.open && go());
    observer.observe(dialog, { attributes: true, attributeFilter: ['open'] });
  }
}

/**
 * `load` run once and its promise shared by every caller; a failed load (offline, a new deploy) is
 * tried again by the next call. For the parts a page imports on intent: the editors, the scripts
 * of custom elements.
 */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    }));
}

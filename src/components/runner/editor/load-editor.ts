/**
 * Loads the Monaco editor module on intent. Tiny on purpose: nothing here imports Monaco at the
 * top level, so pages can import this file for free and only pay for Monaco (a few MB) when the
 * reader clicks or focuses code, presses Edit, or the browser is idle (prefetchEditor).
 */
type EditorModule = typeof import('./monaco-editor');

let loading: Promise<EditorModule> | undefined;

/** The editor module, imported once; later calls share the same promise. A failed load can be retried. */
export function loadEditor(): Promise<EditorModule> {
  loading ??= import('./monaco-editor').catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}

interface NetworkInformationLike {
  saveData?: boolean;
}

/**
 * Starts loading the editor when the browser is idle, unless the reader asked to save data.
 * Errors are left for the next loadEditor() call to report.
 */
export function prefetchEditor(): void {
  if (loading) return;
  // navigator.connection is not in TypeScript's DOM lib (Chromium only).
  const connection = (navigator as Navigator & { connection?: NetworkInformationLike }).connection;
  if (connection?.saveData) return;
  const start = (): void => {
    loadEditor().catch(() => undefined);
  };
  if (typeof requestIdleCallback === 'function') requestIdleCallback(start, { timeout: 5000 });
  else setTimeout(start, 2000);
}

/**
 * Loads the Monaco editor module on intent. Tiny on purpose: nothing here imports Monaco at the
 * top level, so pages can import this file for free and only pay for Monaco (a few MB) when the
 * reader clicks or focuses code or presses Edit.
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

/**
 * Loads the Monaco editor module on intent. Tiny on purpose: nothing here imports Monaco at the
 * top level, so pages can import this file for free and only pay for Monaco (a few MB) when the
 * reader clicks or focuses code or presses Edit.
 */
import { loadOnce } from '../load-once';
import { asHeavyLoad } from '../heavy-loads';

/** The editor module, imported once; later calls share the same promise. A failed load can be retried. */
// Monaco's workers count as loaded with it: the editor starts them itself once it is on screen.
export const loadEditor = loadOnce(() => asHeavyLoad(import('./monaco-editor'), ['monaco-editor', 'editor.api', 'editor.worker', 'ts.worker']));

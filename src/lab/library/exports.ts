/**
 * The names a snippet can import from "lab". The compiler's import linker (lab-imports.ts) and the sandbox's
 * implementation both read this list, and a unit test holds lab.d.ts to it.
 */
export const labExportNames = [
  'sleep',
  'now',
  'fetchUser',
  'http',
  'createClient',
  'blockFor',
  'runInWorker',
] as const;

export type LabExportName = (typeof labExportNames)[number];

/** Where the sandbox puts the lab library and the "module started" hook for compiled snippets to find. */
export const labGlobalKey = 'async-lab';
export const labStartKey = 'async-lab.start';

/**
 * The names a snippet can import from "lab", the one list of them: the compiler's import linker
 * (lab-imports.ts) accepts exactly these, createLab must return exactly these (a `satisfies` on
 * its result), and exports.test.ts holds lab.d.ts and the installed library to the same list.
 */
export const labExportNames = ['sleep', 'now', 'fetchUser', 'http', 'createClient', 'blockFor', 'runInWorker'] as const;

export type LabExportName = (typeof labExportNames)[number];

/** Where the sandbox puts the lab library and the "module started" hook for compiled snippets to find. */
export const labGlobalKey = 'async-lab';
export const labStartKey = 'async-lab.start';

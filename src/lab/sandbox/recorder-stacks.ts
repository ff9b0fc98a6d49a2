/**
 * How the inspector's recorder (recorder.ts) learns which line of the reader's code set a timer
 * or started a lab operation: V8's structured call sites, captured with `Error.captureStackTrace`
 * while `prepareStackTrace` is swapped for one that returns them as they are. (Microtask callbacks
 * need no stack: instrument.ts names their lines.)
 */
import type { Recorder } from './recorder';

/** The part of a V8 CallSite used here. */
interface CallSite {
  getFileName(): string | null | undefined;
  getLineNumber(): number | null;
  getColumnNumber(): number | null;
}

export function callerLookup(NativeError: ErrorConstructor, isUserFile: (fileName: string) => boolean, mapLine: (line: number, column: number) => number) {
  const captureStackTrace = (NativeError as unknown as { captureStackTrace(target: object, skip: unknown): void }).captureStackTrace;
  /** The V8 call sites below `skip`; prepareStackTrace is swapped for the one capture. */
  const callSites = (skip: unknown, depth: number): CallSite[] => {
    const ErrorHooks = NativeError as unknown as { prepareStackTrace?: unknown; stackTraceLimit?: number };
    const saved = ErrorHooks.prepareStackTrace;
    const savedLimit = ErrorHooks.stackTraceLimit;
    ErrorHooks.prepareStackTrace = (_error: unknown, sites: CallSite[]) => sites;
    // Only as many frames as the question needs: capturing is the recorder's main cost.
    ErrorHooks.stackTraceLimit = depth;
    try {
      const holder: { stack?: CallSite[] } = {};
      captureStackTrace(holder, skip);
      return Array.isArray(holder.stack) ? holder.stack : [];
    } catch {
      return [];
    } finally {
      ErrorHooks.prepareStackTrace = saved;
      ErrorHooks.stackTraceLimit = savedLimit;
    }
  };
  const lineOf = (site: CallSite) => mapLine(site.getLineNumber() ?? 0, site.getColumnNumber() ?? 0);
  /**
   * The line of the innermost frame in the reader's code (0 when there is none). A lab sleep sets
   * its timer some 15 frames below the reader's call (argument checks, the span watch, the
   * scheduler, the recorder itself): 12 frames lost every lab timer's line.
   */
  const userLine = (skip: unknown): number => {
    const site = callSites(skip, 24).find((candidate) => isUserFile(candidate.getFileName() ?? ''));
    return site ? lineOf(site) : 0;
  };

  return { userLine };
}

/** Tells the recorder which lab operation sets the next timer, by watching the spans it starts. */
export function watchLabOperations(spans: { start(kind: never, label: string, ...rest: never[]): number }, recorder: Recorder): void {
  const start = spans.start.bind(spans) as (...args: unknown[]) => number;
  Object.defineProperty(spans, 'start', {
    value: (kind: string, label: string, ...rest: unknown[]) => {
      recorder.labOperation(kind, label);
      return start(kind, label, ...rest);
    },
  });
}

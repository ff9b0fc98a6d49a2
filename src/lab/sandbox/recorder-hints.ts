/**
 * Which calls of then/catch/finally/queueMicrotask the reader's code made, and from which line
 * (for the inspector's recorder, recorder.ts). The instrumented program (compile/instrument.ts)
 * names the line of each such call in `at`, with the last argument it passes, just before the
 * call: a wrapper that then receives that very argument was called by the reader's code, from
 * that line. A call without it came from the engine (finally, Promise.all, adopting a thenable) or
 * the lab library, and is not the reader's. No stack is captured to find that out: capturing one
 * per call was the recorder's main cost on promise-heavy code. (A reader's call the instrumenter
 * cannot name, `p.then(...args)`, goes unrecorded; it runs the same, inside the current step.)
 */
export function callHints(recording: () => boolean) {
  let line: number | undefined;
  let value: unknown;
  const clear = () => {
    line = undefined;
    value = undefined;
  };
  return {
    at<T>(hintLine: number, hintValue: T): T {
      if (recording()) {
        line = hintLine;
        value = hintValue;
      }
      return hintValue;
    },
    /** The line named for the call whose last argument is `last`, if any; forgets the hint. */
    take(last: unknown): number | undefined {
      const named = line !== undefined && value === last ? line : undefined;
      clear();
      return named;
    },
    /** A hint no wrapper took (its call went to a thenable of the reader's own) ends here. */
    clear,
  };
}

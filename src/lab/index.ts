/**
 * The lab runtime's one entry for the page and the build: everything outside src/lab imports
 * from here, never from a module inside (src/lab/boundaries.test.ts holds that). What is not
 * exported here is the runtime's own business: the sandbox's frame and worker, the clock, the
 * lab library the sandbox installs.
 *
 * Two files are entries of another kind, imported by path because the bundler must see them:
 * the compiler's worker script (`compile/compiler-worker.ts?worker`) and the lab library's
 * declarations for the editor (`library/lab.d.ts?raw`). Checks have their own entry,
 * `@lab/checks` (checks/index.ts), for content/exercises/<slug>/check.ts. The playground's share
 * links have theirs, `share-link.ts`: it uses lz-string, a CommonJS module the bundler cannot
 * tree-shake, so exporting it from here put it into every lesson page's bundle.
 */
export type {
  Check,
  ClockMode,
  CompiledProgram,
  CompileOutcome,
  ConsoleEntry,
  ConsoleLevel,
  Diagnostic,
  Locale,
  PartialRun,
  RunHandle,
  RunLimits,
  RunOptions,
  RunRecord,
  RunStatus,
  Span,
  SpanKind,
  SpanOutcome,
  TimeoutReason,
  Verdict,
} from './types';
export { defaultLimits, spanKinds } from './types';

// Running code: the compiler (esbuild-wasm in a worker; native esbuild at build time) and the sandbox.
export { compileSnippet, formatDiagnostic, type EsbuildApi } from './compile/compile-snippet';
export { CompilerClient, type CompilerState, type CompilerWorker } from './compile/compiler-client';
export { SandboxHost, type SandboxHostOptions } from './sandbox/sandbox-host';
export type { SandboxFrame } from './sandbox/sandbox-frame';

// Reading a run's trace.
export { formatMs } from './trace/format-ms';
export { inFlightSteps, peakInFlight, spansMatching, type SpanFilter } from './trace/spans';

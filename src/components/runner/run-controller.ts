/**
 * One runner's run orchestration, kept out of the element: the program (the one the build
 * compiled, or the in-browser compiler's) → a run in the sandbox → the record drawn in the output
 * panel. A new run stops the one going on; a run replaced while it was still compiling is dropped.
 *
 * The performance measures `al:compile`, `al:sandbox` and `al:render` split a run's time for the
 * benchmark (scripts/bench.mjs).
 */
import type { ClockMode, CompiledProgram, CompileOutcome, CompilerClient, RunHandle, RunRecord, SandboxHost } from '../../lab';
import type { UiKey } from '../../i18n';
import type { OutputView } from './output-view';

/** How a run ended, for the element to report: a record, an error before any record, or replaced. */
export type RunEnd = { kind: 'record'; record: RunRecord } | { kind: 'no-record' } | { kind: 'replaced' };

/** A recording run for the inspector: how to instrument the program before it runs. */
export interface Recording {
  instrument(program: CompiledProgram): Promise<CompiledProgram>;
}

export interface RunControllerDeps {
  compiler: Pick<CompilerClient, 'state' | 'subscribe' | 'compile'>;
  sandbox: Pick<SandboxHost, 'run'>;
  output: Pick<OutputView, 'begin' | 'busy' | 'partial' | 'finish' | 'compileErrors' | 'problem'>;
  /** The UI string for `key` in the runner's language. */
  text(key: UiKey, values?: Record<string, string | number>): string;
}

export class RunController {
  private current: RunHandle | undefined;
  /** Runs started, to drop the results of runs replaced by a newer one. */
  private runs = 0;

  constructor(private readonly deps: RunControllerDeps) {}

  /** How many runs have started: a caller can tell whether a newer run replaced its own. */
  get started(): number {
    return this.runs;
  }

  /** True while no run newer than the one numbered `run` has started. */
  isLatest(run: number): boolean {
    return run === this.runs;
  }

  /** Stops the run going on, if any (its record then says `stopped`). */
  stop(): void {
    this.current?.stop();
  }

  /**
   * Runs `code`, or `program` when the build compiled it already. Returns the run's number (for
   * isLatest) and a promise of how it ended.
   */
  start(code: string, program: CompiledProgram | undefined, clock: ClockMode, recording?: Recording): { run: number; end: Promise<RunEnd> } {
    this.stop();
    const run = ++this.runs;
    this.deps.output.begin(this.deps.text('status.running'));
    return { run, end: this.execute(run, code, program, clock, recording) };
  }

  private async execute(run: number, code: string, precompiled: CompiledProgram | undefined, clock: ClockMode, recording?: Recording): Promise<RunEnd> {
    const { output, sandbox, text } = this.deps;
    try {
      performance.mark('al:run-start');
      const program: CompileOutcome = precompiled ? { kind: 'compiled', program: precompiled } : await this.compile(code);
      performance.measure('al:compile', 'al:run-start');
      if (!this.isLatest(run)) return { kind: 'replaced' };
      if (program.kind === 'compile-error') {
        output.compileErrors(program.diagnostics);
        return { kind: 'no-record' };
      }
      // Step through's run: the program instrumented, the instant clock, the loop recorded.
      const toRun = recording ? await recording.instrument(program.program) : program.program;
      if (!this.isLatest(run)) return { kind: 'replaced' };
      const handle = sandbox.run(toRun, {
        clock: recording ? 'instant' : clock,
        ...(recording ? { record: true } : {}),
        onProgress: (partial) => this.isLatest(run) && output.partial(partial),
      });
      this.current = handle;
      performance.mark('al:sandbox-start');
      const record = await handle.record;
      performance.measure('al:sandbox', 'al:sandbox-start');
      if (this.current === handle) this.current = undefined;
      performance.mark('al:render-start');
      await output.finish(record);
      performance.measure('al:render', 'al:render-start');
      return { kind: 'record', record };
    } catch (error) {
      output.problem(text('status.compilerFailed', { message: error instanceof Error ? error.message : String(error) }));
      return { kind: 'no-record' };
    }
  }

  /** Compiles in the browser, showing the compiler's download progress while it loads. */
  private async compile(code: string): Promise<CompileOutcome> {
    const { compiler, output, text } = this.deps;
    const unsubscribe = compiler.subscribe((state) => {
      if (state.kind !== 'loading') return;
      const mb = (bytes: number) => (bytes / 1_048_576).toFixed(1);
      output.busy(
        state.total > 0
          ? text('status.preparingCompiler', { loaded: mb(state.loaded), total: mb(state.total) })
          : text('status.preparingCompilerUnknown', { loaded: mb(state.loaded) }),
      );
    });
    try {
      if (compiler.state.kind !== 'ready') output.busy(text('status.preparingCompilerUnknown', { loaded: '0.0' }));
      const outcome = await compiler.compile(code);
      output.busy(text('status.running'));
      return outcome;
    } finally {
      unsubscribe();
    }
  }
}

/**
 * The runner's Step through button (issue 14): a recording run, then the inspector panel over its
 * record. The element keeps one of these; the panel and the replay live beside it in this folder.
 */
import type { CompiledProgram, RunRecord } from '../../../lab';
import type { Locale } from '../../../i18n';
import type { InspectorView } from './inspector-view';

export interface StepThroughHost {
  element: HTMLElement;
  locale(): Locale;
  /** Runs the code as a recording run; undefined when it produced no record. */
  runRecorded(): Promise<RunRecord | undefined>;
  /** Runs started so far, to drop a panel whose run a newer one replaced. */
  runsStarted(): number;
  /** Marks a line in the editor, when Monaco shows the code. */
  highlightLine(): ((line: number | undefined) => void) | undefined;
  /** Where focus goes when the panel closes. */
  returnFocus(): void;
}

/** The program a recording run executes: instrumented, loaded with the inspector's chunk. */
export async function instrumented(program: CompiledProgram): Promise<CompiledProgram> {
  return (await import('./open-inspector')).recordable(program);
}

export class StepThrough {
  private view: InspectorView | undefined;

  constructor(private readonly host: StepThroughHost) {}

  async open(): Promise<void> {
    const runNumber = this.host.runsStarted() + 1;
    const record = await this.host.runRecorded();
    if (!record || runNumber !== this.host.runsStarted()) return;
    // From the recorded trace's arrival to step 1 on screen (npm run bench reads it).
    performance.mark('al:inspector-record');
    const { openInspector } = await import('./open-inspector');
    this.view = openInspector({
      runner: this.host.element,
      record,
      locale: this.host.locale(),
      highlightInEditor: this.host.highlightLine(),
      onClose: () => {
        this.close();
        this.host.returnFocus();
      },
    });
    performance.measure('al:inspector-open', 'al:inspector-record');
  }

  close(): void {
    this.view?.dispose();
    this.view = undefined;
  }
}

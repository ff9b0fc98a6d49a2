/**
 * The sandbox's scripts that are not in the sandbox document: the recorder's (recorder-module.ts)
 * and the formatter's (format-stand-in.ts). The page fetches each once; from then on every
 * waiting worker is sent what it lacks ahead of its run, and installs and warms it while it
 * waits. A run whose worker did not get one in time carries it with its start.
 */
import { FetchedScript } from './fetched-script';
import type { PageToWorker, RunStart } from './messages';

/** A booted worker in the frame, and the page's end of its port. */
export interface Spare {
  workerId: number;
  port: MessagePort;
  /** The worker has been sent the formatter's script. */
  hasFormatter?: boolean;
  /** The worker has been sent the recorder's script. */
  hasRecorder?: boolean;
}

export class SpareScripts {
  readonly recorder: FetchedScript;
  readonly formatter: FetchedScript;

  constructor(recorderUrl: string | undefined, formatterUrl: string | undefined) {
    this.recorder = new FetchedScript(recorderUrl, 'recorder');
    this.formatter = new FetchedScript(formatterUrl, 'formatter');
  }

  /**
   * Sends a waiting worker the scripts the page has and it lacks. Once the page has recorded a
   * run, every later spare gets the recorder too: a reader who stepped through once is likely to
   * again, and the warm-up happens while the worker waits, not on the run's clock.
   */
  prepare(spare: Spare): void {
    const lacking = this.lacking(spare, true);
    if (lacking.formatterScript === undefined && lacking.recorderScript === undefined) return;
    spare.port.postMessage({ kind: 'prepare', ...lacking } satisfies PageToWorker);
    if (lacking.formatterScript !== undefined) spare.hasFormatter = true;
    if (lacking.recorderScript !== undefined) spare.hasRecorder = true;
  }

  /** What a run's start carries besides the program: `record`, and the scripts its worker still lacks. */
  startFields(spare: Spare, record: boolean): Pick<RunStart, 'record' | 'recorderScript' | 'formatterScript'> {
    return { ...(record ? { record: true } : {}), ...this.lacking(spare, record) };
  }

  /** The scripts the page has and `spare` was not sent; the recorder's only if `recorder`. */
  private lacking(spare: Spare, recorder: boolean): Pick<RunStart, 'recorderScript' | 'formatterScript'> {
    const formatterScript = spare.hasFormatter ? undefined : this.formatter.value;
    const recorderScript = recorder && !spare.hasRecorder ? this.recorder.value : undefined;
    return {
      ...(recorderScript === undefined ? {} : { recorderScript }),
      ...(formatterScript === undefined ? {} : { formatterScript }),
    };
  }
}

/**
 * The page's side of the sandbox: creates the hidden sandbox frame once, starts runs in it,
 * watches each run and turns what the run's worker reports into a RunRecord.
 *
 * The page, not the sandbox, enforces the limits, because a sandbox stuck in a loop cannot be
 * trusted to stop itself: a run whose heartbeat stops for `blockedMs` (its loop is blocked) or
 * that passes `wallMs` of wall-clock time is killed, and Stop kills at once. Killing terminates
 * the run's worker, so the page never freezes and the next run starts from a clean worker.
 */
import {
  defaultLimits,
  type CompiledProgram,
  type RunHandle,
  type RunLimits,
  type RunOptions,
  type RunRecord,
  type RunStatus,
  type TimeoutReason,
} from '../types';
import type { PageToFrame, PageToWorker } from './messages';
import { RecordBuilder } from './record-builder';
import { readWorkerMessage } from './untrusted';
import { iframeSandbox, type SandboxFrame } from './sandbox-frame';
import type { FetchedScript } from './fetched-script';
import { SpareScripts, type Spare } from './spare-scripts';

/** How late a watchdog tick must be for the page, not the sandbox, to count as the one that stalled. */
const stalledPageMs = 200;

export interface SandboxHostOptions {
  /** URL of the sandbox document (its own CSP, no same-origin access), for the default frame. */
  frameUrl?: string;
  /**
   * URL of the recorder's script, fetched on the first recording run and sent with each one
   * (recorder-module.ts). Without it, recording runs fail with a message saying so.
   */
  recorderUrl?: string;
  /**
   * URL of the formatter's script (format-stand-in.ts), fetched by `prepareFormatter` or when a
   * run needs it, then given to every worker. Without it, a run that needs it fails saying so.
   */
  formatterUrl?: string;
  /** Where to attach the hidden frame; defaults to document.body. */
  parent?: HTMLElement;
  /**
   * Makes the frame runs go to; by default a hidden iframe showing `frameUrl`. Called again
   * after a frame failed to start. Tests pass a fake to drive the protocol without a browser.
   */
  frame?: () => SandboxFrame;
  /** How often the watchdog looks at running runs, in ms. */
  watchdogMs?: number;
}

export class SandboxHost {
  private frame: SandboxFrame | undefined;
  private frameReady: Promise<SandboxFrame> | undefined;
  private nextRunId = 1;
  /** Failure callbacks of running (or about to run) workers, by worker id. */
  private readonly failures = new Map<number, (message: string) => void>();
  private spare: Spare | undefined;
  /** Spares that failed to boot before a run was given to them, with the frame's message. */
  private readonly failedSpares = new Map<number, string>();
  private readonly spareWaiters: Array<(spare: Spare) => void> = [];
  private readonly scripts: SpareScripts;

  constructor(private readonly options: SandboxHostOptions) {
    this.scripts = new SpareScripts(options.recorderUrl, options.formatterUrl);
  }

  /**
   * Fetches the formatter's script for the runs to come (the page calls this when it is idle and
   * no run is waited for: a first Run of text-printing code does not need it).
   */
  prepareFormatter(): Promise<void> {
    return this.fetchForSpares(this.scripts.formatter);
  }

  /**
   * Fetches the recorder's script ahead of a recording run (the page calls this when the reader
   * shows an intent to Step through), so the waiting worker can install and warm it.
   */
  prepareRecorder(): Promise<void> {
    return this.fetchForSpares(this.scripts.recorder);
  }

  private fetchForSpares(script: FetchedScript): Promise<void> {
    return script.get().then(
      () => {
        if (this.spare) this.scripts.prepare(this.spare);
      },
      () => undefined,
    );
  }

  /** Creates the sandbox frame and waits until it can take runs. Safe to call repeatedly. */
  prepare(): Promise<SandboxFrame> {
    this.frameReady ??= this.openFrame();
    return this.frameReady;
  }

  private async openFrame(): Promise<SandboxFrame> {
    const { frame: makeFrame, frameUrl, parent } = this.options;
    if (!makeFrame && frameUrl === undefined) throw new Error('SandboxHost needs a frameUrl or a frame');
    const frame = makeFrame ? makeFrame() : iframeSandbox(frameUrl!, parent);
    this.frame = frame;
    try {
      await frame.open((message, ports) => {
        if (message.kind === 'spare' && ports[0]) this.offered({ workerId: message.workerId, port: ports[0] });
        else if (message.kind === 'worker-failed') {
          const fail = this.failures.get(message.workerId);
          if (fail) fail(message.message);
          else this.failedSpares.set(message.workerId, message.message);
        }
      });
    } catch (error) {
      frame.close();
      throw error;
    }
    return frame;
  }

  private offered(spare: Spare): void {
    this.scripts.prepare(spare);
    const waiter = this.spareWaiters.shift();
    if (waiter) waiter(spare);
    else this.spare = spare;
  }

  /** The booted worker the next run goes to; asks the frame for one when none is waiting. */
  private takeSpare(frame: SandboxFrame): Promise<Spare> {
    const spare = this.spare;
    this.spare = undefined;
    if (spare) return Promise.resolve(spare);
    // The frame offers one on its own at start and after every run, and ignores this while an
    // offer is on its way; a second run while one goes on (two runners) needs it.
    this.post(frame, { kind: 'want-spare' });
    return new Promise((resolve) => this.spareWaiters.push(resolve));
  }

  /** Starts a compiled program in a fresh worker. */
  run(program: CompiledProgram, { clock, limits: overrides, onProgress, record: recording = false }: RunOptions): RunHandle {
    const limits: RunLimits = { ...defaultLimits, ...overrides };
    const runId = this.nextRunId++;
    let builder = new RecordBuilder(clock, limits);
    let settle!: (record: RunRecord) => void;
    const record = new Promise<RunRecord>((resolve) => (settle = resolve));
    let over = false;
    let frame: SandboxFrame | undefined;
    let port: MessagePort | undefined;
    let workerId: number | undefined;
    let lastHeard = performance.now();
    let postedAt = lastHeard;
    /** The worker has the formatter, or the run started over once already: no second start. */
    let formatted = false;
    const watchdogMs = this.options.watchdogMs ?? 100;

    const end = (finished: RunRecord) => {
      if (over) return;
      over = true;
      clearInterval(watchdog);
      if (workerId !== undefined) this.failures.delete(workerId);
      port?.close();
      this.post(frame, { kind: 'kill', runId });
      settle(finished);
    };
    const kill = (status: Exclude<RunStatus, 'ok' | 'error'>, reason?: TimeoutReason) => end(builder.killed(status, performance.now() - lastHeard, reason));

    // Console lines can arrive by the thousand: show them at most every 50 ms.
    let progressTimer: ReturnType<typeof setTimeout> | undefined;
    const showProgress = () => {
      if (!onProgress || progressTimer !== undefined) return;
      progressTimer = setTimeout(() => {
        progressTimer = undefined;
        if (!over) onProgress(builder.snapshot());
      }, 50);
    };

    const receive = (event: MessageEvent<unknown>) => {
      // The worker ran the reader's code: what it says is data to check, not to trust (untrusted.ts).
      const data = readWorkerMessage(event.data);
      if (over || !data) return;
      lastHeard = performance.now();
      if (data.kind === 'needs-formatter') void startOver();
      else if (data.kind === 'started') builder.started();
      else if (data.kind === 'console') {
        for (const entry of data.entries) builder.consoleEntry(entry);
        showProgress();
      } else if (data.kind === 'progress') {
        builder.progress(data);
        showProgress();
      } else if (data.kind === 'done') end(builder.done(data));
    };

    let lastCheck = performance.now();
    const watchdog = setInterval(() => {
      const now = performance.now();
      const late = now - lastCheck - watchdogMs;
      lastCheck = now;
      // A late tick means the page itself was busy (loading the editor, say): the sandbox's
      // heartbeats may be waiting in the page's queue, unread. Silence the page could not hear
      // is not the sandbox's, so it does not count, and the queue gets a turn before judging.
      if (late > stalledPageMs) {
        lastHeard += late;
        return;
      }
      if (now - lastHeard > limits.blockedMs) kill('timeout', 'blocked');
      else if (now - postedAt > limits.wallMs) kill('timeout', 'wall');
    }, watchdogMs);

    const launch = async (opened: SandboxFrame) => {
      const spare = await this.takeSpare(opened);
      // Stopped while waiting: the worker never ran anything, so it stays the spare.
      if (over) return this.offered(spare);
      ({ port, workerId } = spare);
      lastHeard = performance.now();
      this.failures.set(workerId, (message) => end(builder.failed(message)));
      port.onmessage = receive;
      this.post(opened, { kind: 'claim', runId, workerId });
      const fields = this.scripts.startFields(spare, recording);
      formatted = spare.hasFormatter === true || fields.formatterScript !== undefined;
      port.postMessage({ kind: 'start', start: { program, clock, limits, ...fields } } satisfies PageToWorker);
      const failed = this.failedSpares.get(workerId);
      this.failedSpares.delete(workerId);
      if (failed !== undefined) end(builder.failed(failed));
      // Another run waits too: the frame ignored its request while this spare was unclaimed.
      if (this.spareWaiters.length > 0) this.post(opened, { kind: 'want-spare' });
    };

    // The worker met something only the formatter can print before it had it (format-stand-in.ts):
    // that attempt is void (the page is told, with an empty snapshot); the run starts over, from
    // the beginning, in a worker that has it.
    const startOver = async () => {
      if (formatted || over || !frame) return;
      formatted = true;
      if (workerId !== undefined) this.failures.delete(workerId);
      port?.close();
      this.post(frame, { kind: 'kill', runId });
      builder = new RecordBuilder(clock, limits);
      onProgress?.(builder.snapshot());
      const script = await this.scripts.formatter.result();
      if (script instanceof Error) return end(builder.failed(script.message));
      if (over) return;
      postedAt = lastHeard = performance.now();
      await launch(frame);
    };

    this.prepare()
      .then(async (opened) => {
        frame = opened;
        // The recorder's script failing to arrive fails this run, not the frame.
        const recorder = recording ? await this.scripts.recorder.result() : undefined;
        if (recorder instanceof Error) return end(builder.failed(recorder.message));
        await launch(opened);
      })
      .catch((error: unknown) => {
        // Let the next run try again (the network may be back).
        this.frameReady = undefined;
        end(builder.failed(error instanceof Error ? error.message : String(error)));
      });

    return { record, stop: () => kill('stopped') };
  }

  /** Removes the frame and every worker in it. */
  dispose(): void {
    this.frame?.close();
    this.frame = undefined;
    this.frameReady = undefined;
    this.spare?.port.close();
    this.spare = undefined;
  }

  private post(target: SandboxFrame | undefined, message: PageToFrame): void {
    target?.post(message);
  }
}

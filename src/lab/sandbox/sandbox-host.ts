/**
 * The page's side of the sandbox: creates the hidden sandbox frame once, starts runs in it,
 * watches each run and turns what the run's worker reports into a RunRecord.
 *
 * The page, not the sandbox, enforces the limits, because a sandbox stuck in a loop cannot be
 * trusted to stop itself: a run whose heartbeat stops for `blockedMs` (its loop is blocked) or
 * that passes `wallMs` of wall-clock time is killed, and Stop kills at once. Killing terminates
 * the run's worker, so the page never freezes and the next run starts from a clean worker.
 */
import { defaultLimits, type ClockMode, type RunLimits, type RunRecord, type RunStatus, type TimeoutReason } from '../types';
import type { CompiledProgram } from '../compile/compile-snippet';
import type { FrameToPage, PageToFrame, PageToWorker, WorkerToPage } from './messages';
import { RecordBuilder, type PartialRun } from './record-builder';

export interface RunOptions {
  clock: ClockMode;
  limits?: Partial<RunLimits>;
  /** Record the loop for the inspector (the program must be instrumented for it). */
  record?: boolean;
  /** Called with the record so far, about every 100 ms while the run goes on. */
  onProgress?: (partial: PartialRun) => void;
}

export interface RunHandle {
  /** Settles with the finished record; never rejects. */
  record: Promise<RunRecord>;
  /** Kills the run at once; the record then has status `stopped`. */
  stop(): void;
}

/** How late a watchdog tick must be for the page, not the sandbox, to count as the one that stalled. */
const stalledPageMs = 200;

export interface SandboxHostOptions {
  /** URL of the sandbox document (its own CSP, no same-origin access). */
  frameUrl: string;
  /** Where to attach the hidden frame; defaults to document.body. */
  parent?: HTMLElement;
  /** How often the watchdog looks at running runs, in ms. */
  watchdogMs?: number;
}

/** A booted worker in the frame, and the page's end of its port. */
interface Spare {
  workerId: number;
  port: MessagePort;
}

export class SandboxHost {
  private frame: HTMLIFrameElement | undefined;
  private frameReady: Promise<Window> | undefined;
  private nextRunId = 1;
  /** Failure callbacks of running (or about to run) workers, by worker id. */
  private readonly failures = new Map<number, (message: string) => void>();
  private spare: Spare | undefined;
  /** Spares that failed to boot before a run was given to them, with the frame's message. */
  private readonly failedSpares = new Map<number, string>();
  private readonly spareWaiters: Array<(spare: Spare) => void> = [];

  constructor(private readonly options: SandboxHostOptions) {}

  /**
   * Creates the sandbox frame and waits until it can take runs. Safe to call repeatedly.
   *
   * The frame's document is fetched by the page and given as `srcdoc`, not loaded with `src`:
   * service workers never see the navigation of a sandboxed frame, so with `src` the sandbox
   * would be the one part of the site that cannot work offline. A srcdoc frame inherits the
   * page's policy on top of its own, so the site's CSP allows the frame script's hash and blob:
   * (src/integrations/csp.mjs); the frame's own policy still forbids every request.
   */
  prepare(): Promise<Window> {
    this.frameReady ??= fetch(this.options.frameUrl)
      .then((response) => {
        if (!response.ok) throw new Error(`the sandbox document answered ${response.status}`);
        return response.text();
      })
      .then((html) => this.createFrame(html));
    return this.frameReady;
  }

  private createFrame(html: string): Promise<Window> {
    return new Promise<Window>((resolve) => {
      const frame = document.createElement('iframe');
      frame.setAttribute('sandbox', 'allow-scripts');
      frame.srcdoc = html;
      frame.title = 'Async Lab sandbox';
      frame.hidden = true;
      frame.tabIndex = -1;
      frame.setAttribute('aria-hidden', 'true');
      const onMessage = (event: MessageEvent<FrameToPage>) => {
        if (event.source !== frame.contentWindow || !event.data) return;
        if (event.data.kind === 'frame-ready') resolve(frame.contentWindow!);
        else if (event.data.kind === 'spare' && event.ports[0]) this.offered({ workerId: event.data.workerId, port: event.ports[0] });
        else if (event.data.kind === 'worker-failed') {
          const fail = this.failures.get(event.data.workerId);
          if (fail) fail(event.data.message);
          else this.failedSpares.set(event.data.workerId, event.data.message);
        }
      };
      window.addEventListener('message', onMessage);
      (this.options.parent ?? document.body).append(frame);
      this.frame = frame;
    });
  }

  private offered(spare: Spare): void {
    const waiter = this.spareWaiters.shift();
    if (waiter) waiter(spare);
    else this.spare = spare;
  }

  /** The booted worker the next run goes to; asks the frame for one when none is waiting. */
  private takeSpare(frameWindow: Window): Promise<Spare> {
    const spare = this.spare;
    this.spare = undefined;
    if (spare) return Promise.resolve(spare);
    // The frame offers one on its own at start and after every run, and ignores this while an
    // offer is on its way; a second run while one goes on (two runners) needs it.
    this.post(frameWindow, { kind: 'want-spare' });
    return new Promise((resolve) => this.spareWaiters.push(resolve));
  }

  /** Starts a compiled program in a fresh worker. */
  run(program: CompiledProgram, { clock, limits: overrides, onProgress, record: recording = false }: RunOptions): RunHandle {
    const limits: RunLimits = { ...defaultLimits, ...overrides };
    const runId = this.nextRunId++;
    const builder = new RecordBuilder(clock, limits);
    let settle!: (record: RunRecord) => void;
    const record = new Promise<RunRecord>((resolve) => (settle = resolve));
    let over = false;
    let frameWindow: Window | undefined;
    let port: MessagePort | undefined;
    let workerId: number | undefined;
    let lastHeard = performance.now();
    const postedAt = lastHeard;
    const watchdogMs = this.options.watchdogMs ?? 100;

    const end = (finished: RunRecord) => {
      if (over) return;
      over = true;
      clearInterval(watchdog);
      if (workerId !== undefined) this.failures.delete(workerId);
      port?.close();
      this.post(frameWindow, { kind: 'kill', runId });
      settle(finished);
    };
    const kill = (status: Exclude<RunStatus, 'ok' | 'error'>, reason?: TimeoutReason) =>
      end(builder.killed(status, performance.now() - lastHeard, reason));

    // Console lines can arrive by the thousand: show them at most every 50 ms.
    let progressTimer: ReturnType<typeof setTimeout> | undefined;
    const showProgress = () => {
      if (!onProgress || progressTimer !== undefined) return;
      progressTimer = setTimeout(() => {
        progressTimer = undefined;
        if (!over) onProgress(builder.snapshot());
      }, 50);
    };

    const receive = ({ data }: MessageEvent<WorkerToPage>) => {
      if (over) return;
      lastHeard = performance.now();
      if (data.kind === 'started') builder.started();
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

    this.prepare()
      .then(async (window) => {
        frameWindow = window;
        const spare = await this.takeSpare(window);
        // Stopped while waiting: the worker never ran anything, so it stays the spare.
        if (over) return this.offered(spare);
        ({ port, workerId } = spare);
        lastHeard = performance.now();
        this.failures.set(workerId, (message) => end(builder.failed(message)));
        port.onmessage = receive;
        this.post(window, { kind: 'claim', runId, workerId });
        port.postMessage({ kind: 'start', start: { program, clock, limits, ...(recording ? { record: true } : {}) } } satisfies PageToWorker);
        const failed = this.failedSpares.get(workerId);
        this.failedSpares.delete(workerId);
        if (failed !== undefined) end(builder.failed(failed));
        // Another run waits too: the frame ignored its request while this spare was unclaimed.
        if (this.spareWaiters.length > 0) this.post(window, { kind: 'want-spare' });
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
    this.frame?.remove();
    this.frame = undefined;
    this.frameReady = undefined;
    this.spare?.port.close();
    this.spare = undefined;
  }

  private post(target: Window | undefined, message: PageToFrame): void {
    // The frame's origin is opaque ("null"), so it cannot be named as a target; '*' is the only way.
    target?.postMessage(message, '*');
  }
}

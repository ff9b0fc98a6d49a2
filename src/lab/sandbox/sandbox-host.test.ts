/**
 * The page's side of the run protocol, without a browser: a fake SandboxFrame plays the frame,
 * and the test plays each run's worker at the far end of a real MessageChannel.
 */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { defaultLimits, type CompiledProgram } from '../types';
import type { FrameToPage, PageToFrame, PageToWorker, WorkerToPage } from './messages';
import type { SandboxFrame } from './sandbox-frame';
import { SandboxHost } from './sandbox-host';

const program: CompiledProgram = { code: 'console.log(1)', map: '{}' };

/**
 * A frame that is ready at once and, like frame.ts, offers a spare at the start, after each
 * kill, and on `want-spare` unless a spare is still unclaimed. Records what the page says to it.
 */
/** Every fetch answers `text`; returns the URLs asked for, in order. */
function serveScript(text: string): string[] {
  const fetched: string[] = [];
  vi.stubGlobal('fetch', async (url: string) => {
    fetched.push(url);
    return new Response(text);
  });
  return fetched;
}

function fakeFrame({ fail }: { fail?: string } = {}) {
  const said: PageToFrame[] = [];
  const workers: MessagePort[] = [];
  let receive!: (message: FrameToPage, ports: readonly MessagePort[]) => void;
  let nextWorker = 1;
  let offerOut = false;
  const offerSpare = () => {
    if (offerOut) return;
    offerOut = true;
    const channel = new MessageChannel();
    workers.push(channel.port1);
    const workerId = nextWorker++;
    // postMessage is asynchronous: the offer arrives in a later task.
    setTimeout(() => receive({ kind: 'spare', workerId }, [channel.port2]), 0);
  };
  const frame: SandboxFrame = {
    async open(onMessage) {
      if (fail) throw new Error(fail);
      receive = onMessage;
      onMessage({ kind: 'frame-ready' }, []);
      offerSpare();
    },
    post(message) {
      said.push(message);
      if (message.kind === 'claim') offerOut = false;
      if (message.kind === 'kill') setTimeout(offerSpare, 0);
      if (message.kind === 'want-spare') offerSpare();
    },
    close: () => undefined,
  };
  const failWorker = (workerId: number, message: string) => receive({ kind: 'worker-failed', workerId, message }, []);
  return { frame, said, workers, failWorker };
}

type Start = Extract<PageToWorker, { kind: 'start' }>;

/** The worker's side of port `port`: what the page said to it, the start it got, and a way to answer. */
function worker(port: MessagePort) {
  const said: PageToWorker[] = [];
  const started = new Promise<Start>(
    (resolve) =>
      (port.onmessage = ({ data }: MessageEvent<PageToWorker>) => {
        said.push(data);
        if (data.kind === 'start') resolve(data);
      }),
  );
  return { started, said, send: (message: WorkerToPage) => port.postMessage(message) };
}

const end = { spans: [], droppedConsole: 0, virtualMs: 1000, realMs: 3, droppedSpans: 0 };
let hosts: SandboxHost[] = [];
const host = (frame: SandboxFrame, watchdogMs?: number) => {
  const made = new SandboxHost({ frame: () => frame, ...(watchdogMs ? { watchdogMs } : {}) });
  hosts.push(made);
  return made;
};
afterEach(() => {
  for (const made of hosts) made.dispose();
  hosts = [];
  vi.unstubAllGlobals();
});

describe('SandboxHost', () => {
  test("a run: start goes to a spare worker with the limits, and the worker's reports make the record", async () => {
    const fake = fakeFrame();
    const sandbox = host(fake.frame);
    // Prepared ahead, as the page does when idle: the first spare is waiting when Run comes.
    await sandbox.prepare();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const run = sandbox.run(program, { clock: 'instant', limits: { spans: 10 } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const far = worker(fake.workers[0]!);
    expect(await far.started).toEqual({ kind: 'start', start: { program, clock: 'instant', limits: { ...defaultLimits, spans: 10 } } });
    far.send({ kind: 'started' });
    far.send({ kind: 'console', entries: [{ level: 'log', text: '1', at: 0 }] });
    far.send({ kind: 'done', status: 'ok', ...end, resultText: '42', result: 42 });
    const record = await run.record;
    expect(record).toMatchObject({ status: 'ok', clock: 'instant', virtualMs: 1000, realMs: 3, result: 42, resultText: '42' });
    expect(record.console).toEqual([{ level: 'log', text: '1', at: 0 }]);
    expect(fake.said).toEqual([
      { kind: 'claim', runId: 1, workerId: 1 },
      { kind: 'kill', runId: 1 },
    ]);
  });

  test("a recording run's worker gets the recorder's script, fetched once from recorderUrl; a run before any recording gets none", async () => {
    const fake = fakeFrame();
    const fetched = serveScript('/* the recorder */');
    const sandbox = new SandboxHost({ frame: () => fake.frame, recorderUrl: '/sandbox-recorder.js' });
    hosts.push(sandbox);
    /** Per run: whether it recorded, and how many times its worker was given the script (ahead or with its start). */
    const given: Array<[boolean | undefined, number]> = [];
    for (const record of [false, true, false, true]) {
      const run = sandbox.run(program, { clock: 'instant', record });
      await new Promise((resolve) => setTimeout(resolve, 10));
      const far = worker(fake.workers.at(-1)!);
      const { start } = await far.started;
      const scripts = far.said.flatMap((message) => (message.kind === 'start' ? [message.start.recorderScript] : [message.recorderScript]));
      given.push([start.record, scripts.filter((script) => script === '/* the recorder */').length]);
      far.send({ kind: 'done', status: 'ok', ...end });
      await run.record;
    }
    // After the first recording every spare gets it while it waits, the plain run's too.
    expect(given).toEqual([
      [undefined, 0],
      [true, 1],
      [undefined, 1],
      [true, 1],
    ]);
    expect(fetched).toEqual(['/sandbox-recorder.js']);
  });

  test("a recorder's script that does not arrive fails that run, and the next run still gets the frame's spare", async () => {
    const fake = fakeFrame();
    vi.stubGlobal('fetch', async () => new Response('', { status: 503 }));
    const sandbox = new SandboxHost({ frame: () => fake.frame, recorderUrl: '/sandbox-recorder.js' });
    hosts.push(sandbox);
    const recorded = await sandbox.run(program, { clock: 'instant', record: true }).record;
    expect(recorded).toMatchObject({ status: 'error' });
    expect(JSON.stringify(recorded)).toContain("the recorder's script answered 503");
    const run = sandbox.run(program, { clock: 'instant' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const far = worker(fake.workers[0]!);
    expect((await far.started).start.recorderScript).toBeUndefined();
    far.send({ kind: 'done', status: 'ok', ...end });
    expect((await run.record).status).toBe('ok');
  });

  test('a worker that needs the formatter: the run starts over in one that has it, and the first attempt leaves nothing', async () => {
    const fake = fakeFrame();
    const fetched = serveScript('/* the formatter */');
    const sandbox = new SandboxHost({ frame: () => fake.frame, formatterUrl: '/sandbox-format.js' });
    hosts.push(sandbox);
    const snapshots: number[] = [];
    const run = sandbox.run(program, { clock: 'instant', onProgress: (partial) => snapshots.push(partial.console.length) });
    await new Promise((resolve) => setTimeout(resolve, 10));
    const first = worker(fake.workers[0]!);
    expect((await first.started).start.formatterScript).toBeUndefined();
    first.send({ kind: 'started' });
    first.send({ kind: 'console', entries: [{ level: 'log', text: 'before the object', at: 0 }] });
    await new Promise((resolve) => setTimeout(resolve, 80));
    first.send({ kind: 'needs-formatter' });
    await new Promise((resolve) => setTimeout(resolve, 20));
    const second = worker(fake.workers[1]!);
    const { start } = await second.started;
    // Given before its start (the spare was offered after the script came) or with it.
    const given = second.said.find((message) => message.kind === 'prepare')?.formatterScript ?? start.formatterScript;
    expect(given).toBe('/* the formatter */');
    // The second worker asking too is not obeyed: it had the formatter.
    second.send({ kind: 'needs-formatter' });
    second.send({ kind: 'started' });
    second.send({ kind: 'console', entries: [{ level: 'log', text: '{ a: 1 }', at: 0 }] });
    second.send({ kind: 'done', status: 'ok', ...end });
    const record = await run.record;
    expect(record.console.map((entry) => entry.text)).toEqual(['{ a: 1 }']);
    expect(snapshots.slice(0, 2)).toEqual([1, 0]);
    expect(fetched).toEqual(['/sandbox-format.js']);
    expect(fake.said.filter((message) => message.kind !== 'want-spare')).toEqual([
      { kind: 'claim', runId: 1, workerId: 1 },
      { kind: 'kill', runId: 1 },
      { kind: 'claim', runId: 1, workerId: 2 },
      { kind: 'kill', runId: 1 },
    ]);
  });

  test('once the formatter is fetched, every spare is prepared with it before its start', async () => {
    const fake = fakeFrame();
    vi.stubGlobal('fetch', async () => new Response('/* the formatter */'));
    const sandbox = new SandboxHost({ frame: () => fake.frame, formatterUrl: '/sandbox-format.js' });
    hosts.push(sandbox);
    await sandbox.prepare();
    await new Promise((resolve) => setTimeout(resolve, 10));
    const far = worker(fake.workers[0]!);
    await sandbox.prepareFormatter();
    const run = sandbox.run(program, { clock: 'instant' });
    const { start } = await far.started;
    expect(far.said.map((message) => message.kind)).toEqual(['prepare', 'start']);
    expect(far.said[0]).toEqual({ kind: 'prepare', formatterScript: '/* the formatter */' });
    expect(start.formatterScript).toBeUndefined();
    far.send({ kind: 'done', status: 'ok', ...end });
    await run.record;
    // The next spare, offered after the kill, is prepared as it arrives.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const next = worker(fake.workers[1]!);
    const again = sandbox.run(program, { clock: 'instant' });
    await next.started;
    expect(next.said.map((message) => message.kind)).toEqual(['prepare', 'start']);
    next.send({ kind: 'done', status: 'ok', ...end });
    await again.record;
  });

  test('the recorder, once fetched, is sent to each spare ahead of its run, and a recording start then carries none', async () => {
    const fake = fakeFrame();
    const fetched = serveScript('/* the recorder */');
    const sandbox = new SandboxHost({ frame: () => fake.frame, recorderUrl: '/sandbox-recorder.js' });
    hosts.push(sandbox);
    await sandbox.prepare();
    await new Promise((resolve) => setTimeout(resolve, 10));
    // Without it, a recording run's start carries the script itself.
    const first = worker(fake.workers[0]!);
    const cold = sandbox.run(program, { clock: 'instant', record: true });
    expect((await first.started).start).toMatchObject({ record: true, recorderScript: '/* the recorder */' });
    first.send({ kind: 'done', status: 'ok', ...end });
    await cold.record;
    // The next spare gets it as it arrives, before any run, recording or not.
    await new Promise((resolve) => setTimeout(resolve, 10));
    const next = worker(fake.workers[1]!);
    await sandbox.prepareRecorder();
    const warm = sandbox.run(program, { clock: 'instant', record: true });
    const { start } = await next.started;
    expect(next.said[0]).toEqual({ kind: 'prepare', recorderScript: '/* the recorder */' });
    expect(next.said.map((message) => message.kind)).toEqual(['prepare', 'start']);
    expect(start.record).toBe(true);
    expect(start.recorderScript).toBeUndefined();
    next.send({ kind: 'done', status: 'ok', ...end });
    await warm.record;
    expect(fetched).toEqual(['/sandbox-recorder.js']);
  });

  test('Stop ends the run at once as stopped, and the frame is told to kill its worker', async () => {
    const fake = fakeFrame();
    const run = host(fake.frame).run(program, { clock: 'real' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    run.stop();
    expect((await run.record).status).toBe('stopped');
    expect(fake.said.at(-1)).toEqual({ kind: 'kill', runId: 1 });
  });

  test('a worker that stops reporting is killed as blocked', async () => {
    const fake = fakeFrame();
    const run = host(fake.frame, 10).run(program, { clock: 'instant', limits: { blockedMs: 60 } });
    await new Promise((resolve) => setTimeout(resolve, 10));
    worker(fake.workers[0]!).send({ kind: 'started' });
    const record = await run.record;
    expect(record).toMatchObject({ status: 'timeout', timeoutReason: 'blocked' });
    expect(record.realMs).toBeGreaterThanOrEqual(60);
  });

  test("a worker that fails is reported as the sandbox's error, not the code's", async () => {
    const fake = fakeFrame();
    const run = host(fake.frame).run(program, { clock: 'instant' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    fake.failWorker(1, 'out of memory');
    const record = await run.record;
    expect(record).toMatchObject({ status: 'error', error: { name: 'SandboxError', message: 'out of memory' } });
    expect(record.console.at(-1)?.text).toBe('The sandbox could not run this code: out of memory');
  });

  test('two runs at once: the second asks the frame for another spare', async () => {
    const fake = fakeFrame();
    const sandbox = host(fake.frame);
    const first = sandbox.run(program, { clock: 'instant' });
    const second = sandbox.run(program, { clock: 'instant' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    expect(fake.said).toContainEqual({ kind: 'want-spare' });
    expect(fake.said.filter((m) => m.kind === 'claim')).toEqual([
      { kind: 'claim', runId: 1, workerId: 1 },
      { kind: 'claim', runId: 2, workerId: 2 },
    ]);
    for (const port of fake.workers) worker(port).send({ kind: 'done', status: 'ok', ...end });
    expect([(await first.record).status, (await second.record).status]).toEqual(['ok', 'ok']);
  });

  test('a frame that cannot start fails the run, and the next run tries again', async () => {
    let attempts = 0;
    const broken = fakeFrame({ fail: 'the sandbox document answered 503' });
    const working = fakeFrame();
    const sandbox = new SandboxHost({ frame: () => (++attempts === 1 ? broken.frame : working.frame) });
    hosts.push(sandbox);
    const first = await sandbox.run(program, { clock: 'instant' }).record;
    expect(first).toMatchObject({ status: 'error', error: { message: 'the sandbox document answered 503' } });
    const second = sandbox.run(program, { clock: 'instant' });
    await new Promise((resolve) => setTimeout(resolve, 10));
    worker(working.workers[0]!).send({ kind: 'done', status: 'ok', ...end });
    expect((await second.record).status).toBe('ok');
    expect(attempts).toBe(2);
  });
});

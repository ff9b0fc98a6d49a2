/**
 * The sandbox frame's only script. The frame is an `<iframe sandbox="allow-scripts">` with an
 * opaque origin and a CSP that allows no requests, so nothing started from it can read the
 * site's storage, cookies or DOM, or reach the network.
 *
 * Its job is small: boot run workers from the program embedded in the frame's document, one
 * ahead of time, and give the page a MessagePort to each so runs start without a stop here
 * (messages.ts); terminate them on request, which only the frame that created them can do.
 */
import type { FrameToPage, FrameToWorker, PageToFrame } from './messages';

const bootSource = document.getElementById('boot')?.textContent ?? '';
const bootUrl = URL.createObjectURL(new Blob([bootSource], { type: 'text/javascript' }));
/** Booted workers the page has a port to but has not started a run on. */
const spares = new Map<number, Worker>();
const running = new Map<number, Worker>();
let nextWorkerId = 1;

const tellPage = (message: FrameToPage, transfer: Transferable[] = []) => parent.postMessage(message, '*', transfer);

function offerSpare(): void {
  if (spares.size > 0) return;
  const workerId = nextWorkerId++;
  const worker = new Worker(bootUrl, { name: 'async-lab-run' });
  worker.onerror = (event) => {
    event.preventDefault();
    tellPage({ kind: 'worker-failed', workerId, message: event.message || 'the run worker failed to start' });
  };
  const channel = new MessageChannel();
  worker.postMessage({ kind: 'adopt' } satisfies FrameToWorker, [channel.port1]);
  spares.set(workerId, worker);
  tellPage({ kind: 'spare', workerId }, [channel.port2]);
}

function claim(runId: number, workerId: number): void {
  const worker = spares.get(workerId);
  if (!worker) return;
  spares.delete(workerId);
  running.set(runId, worker);
}

function kill(runId: number): void {
  running.get(runId)?.terminate();
  running.delete(runId);
  // Boot the next worker while the reader looks at the result, not when they press Run.
  setTimeout(offerSpare, 0);
}

window.addEventListener('message', (event: MessageEvent<PageToFrame>) => {
  if (event.source !== parent) return;
  const message = event.data;
  if (message?.kind === 'claim') claim(message.runId, message.workerId);
  else if (message?.kind === 'kill') kill(message.runId);
  else if (message?.kind === 'want-spare') offerSpare();
});

tellPage({ kind: 'frame-ready' });
offerSpare();

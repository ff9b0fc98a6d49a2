/**
 * The sandbox frame's only script. The frame is an `<iframe sandbox="allow-scripts">` with an
 * opaque origin and a CSP that allows no requests, so nothing started from it can read the
 * site's storage, cookies or DOM, or reach the network.
 *
 * Its job is small: start run workers from the boot program embedded in the frame's document,
 * hand each its MessagePort to the page, and terminate them on request. One worker is kept
 * booted ahead of time, so a run does not wait for a worker to start.
 */
import type { FrameToPage, PageToFrame } from './messages';

const bootSource = document.getElementById('boot')?.textContent ?? '';
const bootUrl = URL.createObjectURL(new Blob([bootSource], { type: 'text/javascript' }));
const workers = new Map<number, Worker>();
let spare: Worker | undefined;

const tellPage = (message: FrameToPage) => parent.postMessage(message, '*');

function spawn(): Worker {
  return new Worker(bootUrl, { name: 'async-lab-run' });
}

function prepareSpare(): void {
  spare ??= spawn();
}

function run(runId: number, start: Extract<PageToFrame, { kind: 'run' }>['start'], port: MessagePort): void {
  const worker = spare ?? spawn();
  spare = undefined;
  workers.set(runId, worker);
  worker.onerror = (event) => {
    event.preventDefault();
    tellPage({ kind: 'worker-failed', runId, message: event.message || 'the run worker failed to start' });
  };
  worker.postMessage({ kind: 'start', start }, [port]);
}

function kill(runId: number): void {
  workers.get(runId)?.terminate();
  workers.delete(runId);
  // Boot the next worker while the reader looks at the result, not when they press Run.
  setTimeout(prepareSpare, 0);
}

window.addEventListener('message', (event: MessageEvent<PageToFrame>) => {
  if (event.source !== parent) return;
  const message = event.data;
  if (message?.kind === 'run' && event.ports[0]) run(message.runId, message.start, event.ports[0]);
  else if (message?.kind === 'kill') kill(message.runId);
});

prepareSpare();
tellPage({ kind: 'frame-ready' });

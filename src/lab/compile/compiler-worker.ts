/**
 * The in-browser compiler: esbuild-wasm in a dedicated worker, so compiling never blocks the
 * page. It downloads esbuild.wasm from the site itself when told to `init` (on the reader's
 * first edit), reports download progress, and stays warm for every compile after that.
 */
import * as esbuild from 'esbuild-wasm';
import { compileSnippet } from './compile-snippet';
import type { WorkerSelf } from '../sandbox/worker-self';
import type { FromCompiler, ToCompiler } from './compiler-protocol';

declare const self: WorkerSelf;

const tell = (message: FromCompiler) => self.postMessage(message);
let ready: Promise<void> | undefined;

/** Fetches the wasm, counting bytes as they arrive, and compiles it while it streams in. */
async function load(wasmUrl: string): Promise<void> {
  const response = await fetch(wasmUrl);
  if (!response.ok || !response.body) throw new Error(`esbuild.wasm answered ${response.status}`);
  const total = Number(response.headers.get('content-length')) || 0;
  let loaded = 0;
  let lastReport = 0;
  const counter = new TransformStream<Uint8Array, Uint8Array>({
    transform(chunk, controller) {
      loaded += chunk.byteLength;
      if (loaded - lastReport > 256 * 1024 || loaded === total) {
        lastReport = loaded;
        tell({ kind: 'progress', loaded, total });
      }
      controller.enqueue(chunk);
    },
  });
  const counted = new Response(response.body.pipeThrough(counter), { headers: { 'Content-Type': 'application/wasm' } });
  const wasmModule = await WebAssembly.compileStreaming(counted);
  tell({ kind: 'progress', loaded, total: total || loaded });
  await esbuild.initialize({ wasmModule, worker: false });
  // The first build pays for esbuild's own warm-up; pay it now, not on the reader's first Run.
  await compileSnippet(esbuild, 'export {};');
}

self.onmessage = async ({ data }: MessageEvent<ToCompiler>) => {
  if (data.kind === 'init') {
    ready ??= load(data.wasmUrl);
    ready.then(
      () => tell({ kind: 'ready' }),
      (error: unknown) => tell({ kind: 'init-failed', message: error instanceof Error ? error.message : String(error) }),
    );
    return;
  }
  try {
    if (!ready) throw new Error('the compiler was asked to compile before init');
    await ready;
    tell({ kind: 'result', id: data.id, outcome: await compileSnippet(esbuild, data.source) });
  } catch (error) {
    tell({ kind: 'compile-failed', id: data.id, message: error instanceof Error ? error.message : String(error) });
  }
};

import { describe, expect, test } from 'vitest';
import { CompilerClient, type CompilerState, type CompilerWorker } from './compiler-client';
import type { FromCompiler, ToCompiler } from './compiler-protocol';

/** A compiler worker that answers as the test tells it to. */
function fakeWorker() {
  const sent: ToCompiler[] = [];
  const worker: CompilerWorker & { reply(message: FromCompiler): void } = {
    onmessage: null,
    postMessage: (message) => void sent.push(message),
    reply(message) {
      worker.onmessage?.({ data: message } as MessageEvent<FromCompiler>);
    },
  };
  return { worker, sent };
}

describe('CompilerClient', () => {
  test('nothing starts until warm() or compile()', () => {
    let created = 0;
    const client = new CompilerClient(() => (created++, fakeWorker().worker), '/esbuild.wasm');
    expect(created).toBe(0);
    expect(client.state).toEqual({ kind: 'cold' });
  });

  test('warm() starts one worker, reports download progress, then ready', () => {
    const { worker, sent } = fakeWorker();
    let created = 0;
    const client = new CompilerClient(() => (created++, worker), '/esbuild.wasm');
    const states: CompilerState[] = [];
    client.subscribe((state) => states.push(state));
    client.warm();
    client.warm();
    expect(created).toBe(1);
    expect(sent).toEqual([{ kind: 'init', wasmUrl: '/esbuild.wasm' }]);
    worker.reply({ kind: 'progress', loaded: 1_000_000, total: 3_700_000 });
    worker.reply({ kind: 'ready' });
    worker.reply({ kind: 'warmed' });
    expect(states).toEqual([
      { kind: 'loading', loaded: 0, total: 0 },
      { kind: 'loading', loaded: 1_000_000, total: 3_700_000 },
      { kind: 'ready', warm: false },
      { kind: 'ready', warm: true },
    ]);
  });

  test('a compiler warmed up before in this browser is told so, and a finished warm-up is remembered', () => {
    let remembered = false;
    const memory = { warmedBefore: () => remembered, warmed: () => void (remembered = true) };
    const visits = [fakeWorker(), fakeWorker()];
    // Two page loads: each has its own client, the memory outlives them (localStorage on the page).
    new CompilerClient(() => visits[0]!.worker, '/esbuild.wasm', undefined, memory).warm();
    expect(visits[0]!.sent).toEqual([{ kind: 'init', wasmUrl: '/esbuild.wasm' }]);
    visits[0]!.worker.reply({ kind: 'ready' });
    expect(remembered).toBe(false);
    visits[0]!.worker.reply({ kind: 'warmed' });
    expect(remembered).toBe(true);
    new CompilerClient(() => visits[1]!.worker, '/esbuild.wasm', undefined, memory).warm();
    expect(visits[1]!.sent).toEqual([{ kind: 'init', wasmUrl: '/esbuild.wasm', warmedBefore: true }]);
  });

  test('compile() answers by id, and the same source again comes from memory', async () => {
    const { worker, sent } = fakeWorker();
    const client = new CompilerClient(() => worker, '/esbuild.wasm');
    const first = client.compile('let a = 1;');
    const request = sent.find((message) => message.kind === 'compile');
    expect(request).toEqual({ kind: 'compile', id: 1, source: 'let a = 1;' });
    const outcome = { kind: 'compiled' as const, program: { code: 'let a = 1;', map: '{}' } };
    worker.reply({ kind: 'result', id: 1, outcome });
    expect(await first).toEqual(outcome);
    expect(await client.compile('let a = 1;')).toEqual(outcome);
    expect(sent.filter((message) => message.kind === 'compile')).toHaveLength(1);
  });

  test('a compiler that cannot load rejects waiting compiles with the reason, and warm() can retry', async () => {
    const workers = [fakeWorker(), fakeWorker()];
    let next = 0;
    const client = new CompilerClient(() => workers[next++]!.worker, '/esbuild.wasm');
    const waiting = client.compile('x');
    workers[0]!.worker.reply({ kind: 'init-failed', message: 'esbuild.wasm answered 404' });
    await expect(waiting).rejects.toThrow('The compiler could not load: esbuild.wasm answered 404');
    expect(client.state).toEqual({ kind: 'failed', message: 'esbuild.wasm answered 404' });
    client.warm();
    expect(next).toBe(2);
  });
});

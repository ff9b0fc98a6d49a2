import { describe, expect, test } from 'vitest';
import type { CompiledProgram, CompileOutcome, CompilerState, RunRecord } from '../../lab';
import { RunController, type RunControllerDeps } from './run-controller';

const program: CompiledProgram = { code: 'export {};', map: '{}' };
const record = (status: RunRecord['status']): RunRecord => ({
  status,
  clock: 'instant',
  console: [],
  droppedConsole: 0,
  virtualMs: 1,
  realMs: 1,
  spans: [],
  droppedSpans: 0,
});

function setUp(compile: (code: string) => Promise<CompileOutcome>) {
  const calls: string[] = [];
  const stops: number[] = [];
  let runs = 0;
  const deps: RunControllerDeps = {
    compiler: {
      get state(): CompilerState {
        return { kind: 'cold' } as CompilerState;
      },
      subscribe: () => () => undefined,
      compile: (code) => {
        calls.push(`compile ${code}`);
        return compile(code);
      },
    },
    sandbox: {
      run: (given) => {
        const n = ++runs;
        calls.push(`run ${given.code}`);
        let settle!: (r: RunRecord) => void;
        const done = new Promise<RunRecord>((resolve) => (settle = resolve));
        setTimeout(() => settle(record('ok')), 5);
        return { record: done, stop: () => (stops.push(n), settle(record('stopped'))) };
      },
    },
    output: {
      begin: (message) => calls.push(`begin ${message}`),
      busy: (message) => calls.push(`busy ${message}`),
      partial: () => undefined,
      finish: async (r) => void calls.push(`finish ${r.status}`),
      compileErrors: (d) => calls.push(`errors ${d.length}`),
      problem: (message) => calls.push(`problem ${message}`),
    },
    text: (key, values) => `${key}${values ? JSON.stringify(values) : ''}`,
  };
  return { controller: new RunController(deps), calls, stops };
}

describe('RunController', () => {
  test('a program the build compiled runs without the compiler', async () => {
    const { controller, calls } = setUp(() => Promise.reject(new Error('not called')));
    const { end } = controller.start('source', program, 'instant');
    expect(await end).toEqual({ kind: 'record', record: record('ok') });
    expect(calls).toEqual(['begin status.running', 'run export {};', 'finish ok']);
  });

  test('edited code is compiled first, then run', async () => {
    const { controller, calls } = setUp(async () => ({ kind: 'compiled', program: { code: 'compiled', map: '{}' } }));
    expect((await controller.start('edited', undefined, 'real').end).kind).toBe('record');
    expect(calls.filter((c) => !c.startsWith('busy'))).toEqual(['begin status.running', 'compile edited', 'run compiled', 'finish ok']);
  });

  test('a compile error shows the diagnostics and gives no record', async () => {
    const { controller, calls } = setUp(async () => ({ kind: 'compile-error', diagnostics: [{ message: 'x', line: 1, column: 1, lineText: '' }] }));
    expect(await controller.start('bad', undefined, 'instant').end).toEqual({ kind: 'no-record' });
    expect(calls).toContain('errors 1');
    expect(calls.some((c) => c.startsWith('run'))).toBe(false);
  });

  test('a compiler that fails to load is reported as a problem', async () => {
    const { controller, calls } = setUp(() => Promise.reject(new Error('offline')));
    expect(await controller.start('x', undefined, 'instant').end).toEqual({ kind: 'no-record' });
    expect(calls.at(-1)).toBe('problem status.compilerFailed{"message":"offline"}');
  });

  test('a run replaced while compiling is dropped; one replaced while running is stopped', async () => {
    let finishCompile!: () => void;
    const { controller, calls, stops } = setUp(() => new Promise((resolve) => (finishCompile = () => resolve({ kind: 'compiled', program }))));
    const first = controller.start('one', undefined, 'instant');
    const second = controller.start('two', program, 'instant');
    expect(controller.isLatest(first.run)).toBe(false);
    const third = controller.start('three', program, 'instant');
    finishCompile();
    expect(await first.end).toEqual({ kind: 'replaced' });
    expect(await second.end).toEqual({ kind: 'record', record: record('stopped') });
    expect(await third.end).toEqual({ kind: 'record', record: record('ok') });
    expect(stops).toEqual([1]);
    expect(controller.isLatest(third.run)).toBe(true);
    expect(calls.filter((c) => c.startsWith('run'))).toHaveLength(2);
  });
});

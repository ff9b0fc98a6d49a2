/**
 * The page side of the exercise-program harness: the site's own SandboxHost, nothing else, so a
 * program runs through the same frame, worker boot and record building as on a lesson page.
 * A recording run (the inspector's Step through) is instrumented by the site's own instrumenter,
 * as the runner's Step through chunk does.
 */
import { SandboxHost } from '../../src/lab/sandbox/sandbox-host';
import { instrumentProgram } from '../../src/lab/inspector';
import type { CompiledProgram } from '../../src/lab/types';
import type { RunRecord } from '../../src/lab/types';

const host = new SandboxHost({ frameUrl: '/sandbox.html', recorderUrl: '/sandbox-recorder.js', formatterUrl: '/sandbox-format.js' });

Object.assign(window, {
  // A recording's thousands of events cross as one JSON string: Playwright's own serialization of
  // them took seconds. The rest of the record crosses as it is (a result may hold what JSON cannot).
  runProgram: async (program: CompiledProgram, record = false): Promise<{ record: RunRecord; inspector?: string }> => {
    const run = host.run(record ? instrumentProgram(program) : program, { clock: 'instant', ...(record ? { record: true } : {}) });
    const { inspector, ...rest } = await run.record;
    return { record: rest, ...(inspector ? { inspector: JSON.stringify(inspector) } : {}) };
  },
});

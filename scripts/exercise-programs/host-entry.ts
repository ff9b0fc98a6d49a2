/**
 * The page side of the exercise-program harness: the site's own SandboxHost, nothing else, so a
 * program runs through the same frame, worker boot and record building as on a lesson page.
 */
import { SandboxHost } from '../../src/lab/sandbox/sandbox-host';
import type { CompiledProgram } from '../../src/lab/types';
import type { RunRecord } from '../../src/lab/types';

const host = new SandboxHost({ frameUrl: '/sandbox.html' });

Object.assign(window, {
  runProgram: (program: CompiledProgram): Promise<RunRecord> => host.run(program, { clock: 'instant' }).record,
});

/**
 * The recorder's own script (recorder-module.ts says why it is one): built by
 * src/build/sandbox-document.ts into /sandbox-recorder.js, run in a recording run's worker.
 */
import { createRecorder } from './recorder';
import { watchLabOperations } from './recorder-stacks';
import { recorderModuleKey, type RecorderModule } from './recorder-module';
import { warmUpRecorder } from './recorder-warm-up';

const module: RecorderModule = { createRecorder, watchLabOperations, warmUp: warmUpRecorder };
Object.defineProperty(globalThis, Symbol.for(recorderModuleKey), { value: module, configurable: true });

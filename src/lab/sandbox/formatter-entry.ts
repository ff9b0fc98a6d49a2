/**
 * The formatter's own script (format-stand-in.ts says why it is one): built by
 * src/build/sandbox-document.ts into /sandbox-format.js, run in a run's worker.
 */
import { formatArgs, inspect } from '../format/inspect';
import { formatterModuleKey, type FormatterModule } from './format-stand-in';

const module: FormatterModule = { inspect, formatArgs };
Object.defineProperty(globalThis, Symbol.for(formatterModuleKey), { value: module, configurable: true });

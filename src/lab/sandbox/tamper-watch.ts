/**
 * Notes which of the sandbox's time and messaging built-ins the reader's code replaced. The
 * sandbox does not rely on them (primordials.ts), so replacing them changes nothing in the
 * record; but a figure the reader *measured* with a replaced performance.now is not a
 * measurement, and a check can say so (RunRecord.patched).
 */

import { ArrayPush, safeArray } from './primordials';

type Probe = [name: string, read: () => unknown];

const getOwn = Object.getOwnPropertyDescriptor;
const getProto = Object.getPrototypeOf;

/** Reads an own data property without running a getter the reader may have put there. */
function own(target: object | undefined, key: PropertyKey): unknown {
  if (!target) return undefined;
  const descriptor = getOwn(target, key);
  return descriptor ? ('value' in descriptor ? descriptor.value : descriptor.get) : undefined;
}

/**
 * Call after the sandbox installed its clock and before the reader's code runs.
 * @returns a function listing the names whose value has changed since
 */
export function watchBuiltins(scope: typeof globalThis): () => string[] {
  // Read once, now, while nothing of the reader's exists: the object stays the same, its `now` may not.
  const perf = scope.performance as object | undefined;
  const probes: Probe[] = [
    ['performance.now', () => own(perf, 'now') ?? own(getProto(perf ?? {}), 'now')],
    ['Date', () => own(scope, 'Date')],
    ['Date.now', () => own(own(scope, 'Date') as object, 'now')],
    ['setTimeout', () => own(scope, 'setTimeout')],
    ['setInterval', () => own(scope, 'setInterval')],
    ['clearTimeout', () => own(scope, 'clearTimeout')],
    ['queueMicrotask', () => own(scope, 'queueMicrotask') ?? own(getProto(scope), 'queueMicrotask')],
    ['structuredClone', () => own(scope, 'structuredClone') ?? own(getProto(scope), 'structuredClone')],
    ['MessagePort.prototype.postMessage', () => own(typeof MessagePort === 'undefined' ? undefined : MessagePort.prototype, 'postMessage')],
    ['Math.floor', () => own(Math, 'floor')],
    ['Array.prototype.push', () => own(Array.prototype, 'push')],
  ];
  // Read at the end of the run, after the reader's code: loops and primordials only, so a patched
  // Array.prototype.filter cannot hide its own name.
  const before = safeArray<unknown>();
  for (let i = 0; i < probes.length; i++) before[i] = probes[i]![1]();
  return () => {
    const changed = safeArray<string>();
    for (let i = 0; i < probes.length; i++) if (probes[i]![1]() !== before[i]) ArrayPush(changed, probes[i]![0]);
    return changed;
  };
}

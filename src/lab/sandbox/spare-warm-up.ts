/**
 * What a booted worker does while it waits as the frame's spare: it runs the code paths every run
 * uses once (the clock, the scheduler, the lab's timers, the module loader, the source map reader;
 * the formatter and the recorder when they arrive, format-stand-in.ts and recorder-warm-up.ts), so
 * the reader's code does not pay for compiling them: on the run's clock that would show as
 * milliseconds nobody asked for.
 */
import { VirtualClock } from '../clock/virtual-clock';
import { Scheduler } from '../clock/scheduler';
import { createPositionMapper } from '../compile/source-map';
import { createLab } from '../library/create-lab';
import { SpanRecorder } from '../trace/span-recorder';
import { realNow } from './primordials';

export function warmUpRunPaths(spawnWorker: () => Worker): void {
  const clock = new VirtualClock({ mode: 'instant', realTime: realNow });
  const spans = new SpanRecorder(() => clock.now(), 10);
  const scheduler = new Scheduler(clock, {
    postTask: (task) => queueMicrotask(task),
    realSetTimeout: () => undefined,
    realClearTimeout: () => undefined,
    onIdle: () => scheduler.stop(),
    onError: () => undefined,
    onBlocked: () => undefined,
    onVirtualLimit: () => scheduler.stop(),
  });
  const lab = createLab({ scheduler, now: () => clock.now(), forgive: () => undefined, realNow, spans, spawnWorker });
  void Promise.all([lab.sleep(1000), lab.sleep(1000), lab.http.get('/json'), lab.fetchUser(1)]).then(() => spans.all());
  scheduler.enter();
  // A worker's first module import also sets up its module loader: pay that here, not in the run.
  void import(/* @vite-ignore */ URL.createObjectURL(new Blob(['export {};'], { type: 'text/javascript' })));
  createPositionMapper('{"mappings":"AAAA;AACA"}')(2, 1);
}

import { checks, elapsedAbout, inFlightAtLeast, nothingAwaited, printedAfter, spanCount, withHint } from '@lab/checks';

// Three brews of one sleep(1000) each, started together: about 1 s in all, and the line that
// shows the three drinks printed only once all three sleeps are over.
export default checks(
  withHint(
    elapsedAbout(1000, 100),
    (run) =>
      nothingAwaited(run) ?? {
        en: 'are you awaiting each call before starting the next?',
        zh: '是不是每次都先 await 完一个，才开始下一个？',
      },
  ),
  withHint(spanCount('sleep(1000)', 3), {
    en: 'each of the three drinks is one brew(), and each brew() sleeps 1000 ms',
    zh: '三种饮品各调用一次 brew()，每次 brew() 都要 sleep 1000 毫秒',
  }),
  inFlightAtLeast('sleep(1000)', 3),
  withHint(
    printedAfter(/tea is ready.*coffee is ready.*juice is ready/, 'sleep(1000)'),
    (run) =>
      nothingAwaited(run) ?? {
        en: 'print the drinks once all three brews have finished',
        zh: '等三次 brew() 都完成之后再打印饮品',
      },
  ),
);

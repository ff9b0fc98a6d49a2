import { checks, custom, elapsedAbout, formatMs, maxInFlight, order, spanCount, withHint, type Check, type RunRecord } from '@lab/checks';

// A reading is taken by a sleep(100) and saved by a sleep(300). From those spans alone: a reading
// is "waiting" from the end of its sleep(100) until some save starts. The consumer's pace is 300 ms
// a reading, so ten take about 100 + 10 × 300 = 3100 ms when the sensor works ahead of it.

const taken = (run: RunRecord) =>
  run.spans
    .filter((span) => span.label === 'sleep(100)' && span.outcome === 'ok')
    .map((span) => span.end)
    .sort((a, b) => a - b);
const saves = (run: RunRecord) =>
  run.spans
    .filter((span) => span.label === 'sleep(300)')
    .map((span) => span.start)
    .sort((a, b) => a - b);

/** The most readings taken and not yet being saved at any moment, with when that was. */
function mostWaiting(run: RunRecord): { most: number; at: number } {
  const events = [...taken(run).map((at) => [at, 1] as const), ...saves(run).map((at) => [at, -1] as const)].sort((a, b) => a[0] - b[0]);
  let waiting = 0;
  let best = { most: 0, at: 0 };
  for (let i = 0; i < events.length; i++) {
    waiting += events[i]![1];
    // Count a moment only once every event at that time is in: a reading handed straight to a
    // waiting save never waited.
    const last = i === events.length - 1 || events[i + 1]![0] !== events[i]![0];
    if (last && waiting > best.most) best = { most: waiting, at: events[i]![0] };
  }
  return best;
}

const bounded: Check = (run) => {
  const { most, at } = mostWaiting(run);
  return {
    pass: most <= 2,
    en: `the most readings waiting to be saved at once: ${most}${most > 2 ? ` (at ${formatMs(at)})` : ''}, expected never more than 2`,
    zh: `同时等待保存的读数最多有 ${most} 个${most > 2 ? `（在 ${formatMs(at, 'zh')}）` : ''}，应始终不超过 2 个`,
  };
};

/** Each save starts once its reading exists: the n-th save no earlier than the n-th reading taken. */
const savedAfterTaken = custom(
  (run) => {
    const [made, started] = [taken(run), saves(run)];
    return started.length > 0 && started.every((start, i) => made[i] !== undefined && start >= made[i]! - 1);
  },
  'every save started after its reading had been taken',
  '每次保存都在对应的读数采好之后才开始',
);

export default checks(
  spanCount('sleep(100)', 10),
  spanCount('sleep(300)', 10),
  savedAfterTaken,
  maxInFlight('sleep(300)', 1),
  withHint(bounded, {
    en: 'start() pushes every reading, whatever the queue holds; pull() is only called while the queue has room',
    zh: 'start() 不管队列里有多少都一直推送读数；pull() 只在队列有空位时才会被调用',
  }),
  withHint(elapsedAbout(3100, 400), (run) =>
    run.virtualMs > 3500
      ? {
          en: 'the sensor should take the next reading while the last one is being saved, not after',
          zh: '保存上一个读数时，传感器就该去采下一个，而不是等保存完再采',
        }
      : { en: 'ten saves of 300 ms, one after another, set the pace', zh: '十次 300 毫秒的保存一个接一个进行，决定了整体节奏' },
  ),
  order(Array.from({ length: 10 }, (_, i) => `saving reading ${i + 1} `)),
);

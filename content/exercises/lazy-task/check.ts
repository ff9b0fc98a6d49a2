import { checks, elapsedAbout, lineOf, order, printedAt, printedTimes, spanCount, spansMatching, withHint } from '@lab/checks';
import type { Check } from '@lab/checks';

/** The bread is asked for at 500 ms and baking takes 1000 ms. */
const askedAt = 500;
const bakeMs = 1000;

/** The one bake (its sleep) started in the very turn the bread was asked for: run() started it. */
const bakedWhenAsked: Check = (run) => {
  const bake = spansMatching(run.spans, `sleep(${bakeMs})`)[0];
  const ask = lineOf(run, 'asking for the bread');
  if (!bake || !ask) return { pass: false, en: 'the bread was never baked, or never asked for', zh: '面包从没烤过，或者从没有人要过' };
  const pass = bake.startTurn === ask.turn && Math.abs(bake.start - ask.at) <= 50;
  return {
    pass,
    en: `the baking started at ${Math.round(bake.start)} ms; the bread was asked for at ${Math.round(ask.at)} ms (expected the baking to start right then)`,
    zh: `烘焙在 ${Math.round(bake.start)} 毫秒开始；要面包是在 ${Math.round(ask.at)} 毫秒（烘焙应在那一刻才开始）`,
  };
};

export default checks(
  order(['task created', 'asking for the bread', 'start baking bread']),
  withHint(spanCount(`sleep(${bakeMs})`, 1), {
    en: 'run() must hand out the same promise every time, so the bread is baked once',
    zh: 'run() 每次都应返回同一个 promise，这样面包只烤一次',
  }),
  printedTimes('start baking', 1),
  withHint(bakedWhenAsked, {
    en: 'the baking should start when the bread is asked for, not when the task is created',
    zh: '烘焙应该在要面包的时候才开始，而不是在创建任务的时候',
  }),
  printedAt(/^got bread and bread/, askedAt + bakeMs, 50),
  withHint(elapsedAbout(askedAt + bakeMs, 200), {
    en: 'the baking should start when the bread is asked for (500 ms) and happen once (1000 ms)',
    zh: '烘焙应该在要面包的时候（500 毫秒）才开始，并且只烤一次（1000 毫秒）',
  }),
);

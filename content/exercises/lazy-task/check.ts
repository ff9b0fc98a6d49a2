import { checks, elapsedAbout, order, withHint } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

/** The bread was baked exactly once. */
const bakedOnce: Check = (run) => {
  const starts = run.console.filter((entry) => entry.text.startsWith('start baking')).length;
  return {
    pass: starts === 1,
    en: `the baking started ${starts} time(s), expected exactly once`,
    zh: `烘焙开始了 ${starts} 次，应该正好 1 次`,
  };
};

export default checks(
  order(['task created', 'asking for the bread', 'start baking bread']),
  bakedOnce,
  withHint(elapsedAbout(1500, 200), {
    en: 'the baking should start when the bread is asked for (500 ms) and happen once (1000 ms)',
    zh: '烘焙应该在要面包的时候（500 毫秒）才开始，并且只烤一次（1000 毫秒）',
  }),
);

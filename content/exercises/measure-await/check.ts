import { checks, custom, withHint } from '../../../src/lab/checks';
import type { Check, RunRecord } from '../../../src/lab/types';

const expectedTotal = (200_000 * 200_001) / 2;
/** How much faster the plain loop must be. Measured ratios are 20× and more; 4× leaves room for a noisy machine. */
const atLeast = 4;

interface Measured {
  plainTotal: unknown;
  awaitedTotal: unknown;
  plainMs: number;
  awaitedMs: number;
}

function measured(run: RunRecord): Measured | undefined {
  const result = run.result as Partial<Measured> | undefined;
  if (!result || typeof result.plainMs !== 'number' || typeof result.awaitedMs !== 'number') return undefined;
  return result as Measured;
}

/** Compares the two measured durations with each other, never with a fixed number of ms. */
const plainIsFaster: Check = (run) => {
  const m = measured(run);
  if (!m) {
    return { pass: false, en: 'the default export has no plainMs and awaitedMs to compare', zh: '默认导出里没有可供比较的 plainMs 和 awaitedMs' };
  }
  const plain = m.plainMs.toFixed(2);
  const awaited = m.awaitedMs.toFixed(2);
  const pass = m.awaitedMs >= atLeast * m.plainMs;
  const ratio = (m.awaitedMs / m.plainMs).toFixed(1);
  const how = m.plainMs > 0 ? `the plain loop is ${ratio}× as fast` : 'the plain loop was too quick for the timer to see';
  const howZh = m.plainMs > 0 ? `普通循环的速度是后者的 ${ratio} 倍` : '普通循环快到计时器都测不出来';
  return {
    pass,
    en: `plain ${plain} ms, awaited ${awaited} ms: ${how}, expected at least ${atLeast}× as fast`,
    zh: `普通循环 ${plain} 毫秒，逐步 await ${awaited} 毫秒：${howZh}，预期至少快 ${atLeast} 倍`,
  };
};

export default checks(
  custom(
    (run) => measured(run)?.plainTotal === expectedTotal && measured(run)?.awaitedTotal === expectedTotal,
    `both sums are ${expectedTotal}`,
    `两个求和的结果都是 ${expectedTotal}`,
  ),
  withHint(plainIsFaster, {
    en: 'is sumPlain still awaiting at every step?',
    zh: 'sumPlain 是不是还在每一步都 await？',
  }),
);

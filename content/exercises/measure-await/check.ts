import { checks, custom, leftTheClockAlone, spansMatching, withHint } from '@lab/checks';
import type { Check, RunRecord } from '@lab/checks';

const N = 200_000;
const expectedTotal = (N * (N + 1)) / 2;
/** How much faster the plain loop must be. Measured ratios are 20× and more; 4× leaves room for a noisy machine. */
const atLeast = 4;
/** fastestOf5 runs each sum five times: the run lasted at least five times each figure. */
const rounds = 5;

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
  const pass = m.awaitedMs > 0 && m.awaitedMs >= atLeast * m.plainMs;
  const ratio = (m.awaitedMs / m.plainMs).toFixed(1);
  const how = m.plainMs > 0 ? `the plain loop is ${ratio}× as fast` : 'the plain loop was too quick for the timer to see';
  const howZh = m.plainMs > 0 ? `普通循环的速度是后者的 ${ratio} 倍` : '普通循环快到定时器都测不出来';
  return {
    pass,
    en: `plain ${plain} ms, awaited ${awaited} ms: ${how}, expected at least ${atLeast}× as fast`,
    zh: `普通循环 ${plain} 毫秒，逐步 await ${awaited} 毫秒：${howZh}，预期至少快 ${atLeast} 倍`,
  };
};

/**
 * The exported figures agree with what the sandbox measured: the run spent at least as long
 * computing as five rounds of the awaited loop take. Made-up numbers fail here.
 */
const figuresWereMeasured: Check = (run) => {
  const m = measured(run);
  if (!m) return { pass: false, en: 'nothing to compare with the run', zh: '没有可与运行记录对照的数值' };
  const spun = spansMatching(run.spans, 'blockFor').reduce((sum, span) => sum + span.end - span.start, 0);
  const computing = run.virtualMs - spun;
  const needed = rounds * m.awaitedMs * 0.8;
  return {
    pass: m.awaitedMs > 0 && computing >= needed,
    en: `the run computed for ${computing.toFixed(1)} ms in all; ${rounds} rounds of the awaited loop at ${m.awaitedMs.toFixed(2)} ms need at least ${needed.toFixed(1)} ms`,
    zh: `整个运行只计算了 ${computing.toFixed(1)} 毫秒；按 ${m.awaitedMs.toFixed(2)} 毫秒一轮，${rounds} 轮逐步 await 至少需要 ${needed.toFixed(1)} 毫秒`,
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
  withHint(figuresWereMeasured, {
    en: 'export the times fastestOf5 measured, not numbers typed in',
    zh: '导出 fastestOf5 实际测得的时间，而不是手写的数字',
  }),
  leftTheClockAlone(),
);

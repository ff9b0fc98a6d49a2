const N = 200_000;

async function add(a: number, b: number): Promise<number> {
  return a + b;
}

// 参照版本：每一步都要 await，
// 尽管这里根本没有什么需要等待。
async function sumAwaited(n: number): Promise<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) total = await add(total, i);
  return total;
}

// 你的版本：总和相同，但不为
// 根本不会发生的等待付出代价。
function sumPlain(n: number): number {
  let total = 0;
  for (let i = 1; i <= n; i++) total += i;
  return total;
}

// 运行 fn 五次，只保留最快的一次，
// 以减少预热和噪声的影响。
async function fastestOf5(fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const plainMs = await fastestOf5(() => sumPlain(N));
const awaitedMs = await fastestOf5(() => sumAwaited(N));
console.log(`plain:   ${plainMs.toFixed(2)} ms`);
console.log(`awaited: ${awaitedMs.toFixed(2)} ms`);

export default {
  plainTotal: sumPlain(N),
  awaitedTotal: await sumAwaited(N),
  plainMs,
  awaitedMs,
};

import { now } from "lab";

const N = 200_000;

function sumPlain(n: number): number {
  let total = 0;
  for (let i = 1; i <= n; i++) total += i;
  return total;
}

// 同样的求和，只是每次加法都变成了一次被 await 的异步调用。
async function add(a: number, b: number): Promise<number> {
  return a + b;
}

async function sumAwaited(n: number): Promise<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) total = await add(total, i);
  return total;
}

// 测量一次调用的用时；`await` 对普通值同样适用。
async function measure(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

console.log(`两个结果：${sumPlain(N)} 和 ${await sumAwaited(N)}`);
for (let round = 1; round <= 3; round++) {
  const plainMs = await measure(() => sumPlain(N));
  const awaitedMs = await measure(() => sumAwaited(N));
  console.log(
    `第 ${round} 轮：普通循环 ${plainMs.toFixed(1)} ms，` +
      `逐步 await ${awaitedMs.toFixed(1)} ms`,
  );
}
console.log(`运行时钟此刻是 ${now()} ms：CPU 时间同样计入`);

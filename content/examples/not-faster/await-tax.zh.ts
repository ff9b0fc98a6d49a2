import { now } from "lab";

const N = 200_000;

function sumPlain(n: number): number {
  let total = 0;
  for (let i = 1; i <= n; i++) total += i;
  return total;
}

// 同样的求和,只是每次加法都变成了一次被 await 的异步调用。
async function add(a: number, b: number): Promise<number> {
  return a + b;
}

async function sumAwaited(n: number): Promise<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) total = await add(total, i);
  return total;
}

let start = performance.now();
const plain = sumPlain(N);
const plainMs = performance.now() - start;

start = performance.now();
const awaited = await sumAwaited(N);
const awaitedMs = performance.now() - start;

console.log(`普通循环:    ${plain},用时 ${plainMs.toFixed(1)} ms`);
console.log(`逐步 await: ${awaited},用时 ${awaitedMs.toFixed(1)} ms`);
// performance.now() 的精度约为 0.1 ms,所以设了个下限。
console.log(`答案相同,却慢了约 ${Math.round(awaitedMs / Math.max(plainMs, 0.1))} 倍`);
console.log(`运行时钟此刻是 ${now()} ms:CPU 时间同样计入`);

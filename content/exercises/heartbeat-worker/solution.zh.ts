import { runInWorker, sleep, now } from "lab";

// 用试除法统计小于 `limit` 的素数个数：
// 纯 CPU 计算。
function countPrimes(limit: number): number {
  let count = 0;
  for (let n = 2; n < limit; n++) {
    let prime = true;
    for (let d = 2; d * d <= n; d++) {
      if (n % d === 0) {
        prime = false;
        break;
      }
    }
    if (prime) count++;
  }
  return count;
}

// 在整个运行期间，心跳都必须准时（每 100 ms 一次）。
const heartbeat = setInterval(() => {
  console.log(`heartbeat at ${now()} ms`);
}, 100);

await sleep(300); // 加载输入
const count = await runInWorker(countPrimes, 600_000);
console.log(`${count} primes below 600,000 (at ${now()} ms)`);
await sleep(300); // 保存结果

clearInterval(heartbeat);

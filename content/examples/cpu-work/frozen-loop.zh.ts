import { sleep, now } from "lab";

// 用试除法数出小于 limit 的素数个数：纯 CPU 计算，没有任何等待。
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

const heartbeat = setInterval(() => {
  console.log(`心跳 ${now()} ms`);
}, 100);
await sleep(350);

const started = now();
const count = countPrimes(1_000_000);
console.log(
  `共 ${count} 个素数，计算从 ${started} ms 持续到 ${now()} ms`,
);

await sleep(350);
clearInterval(heartbeat);

import { runInWorker, sleep, now } from "lab";

// 自成一体：只用到自己的参数，所以能放到另一个 worker 里运行。
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
await sleep(300);

const started = now();
const count = await runInWorker(countPrimes, 1_000_000);
console.log(
  `共 ${count} 个素数，计算从 ${started} ms 持续到 ${now()} ms`,
);

await sleep(300);
clearInterval(heartbeat);

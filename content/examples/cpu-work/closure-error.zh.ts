import { runInWorker } from "lab";

const limit = 100_000;

function countPrimes(): number {
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

// countPrimes 读取了外面的变量 limit，而 worker 里并没有这个变量。
console.log(await runInWorker(countPrimes));

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

// countPrimes reads `limit` from the code around it.
// The worker has no such variable.
console.log(await runInWorker(countPrimes));

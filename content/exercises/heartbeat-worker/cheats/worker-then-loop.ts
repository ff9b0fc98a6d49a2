// Trick: run a job in a worker for show, then count the primes on the loop anyway.
import { runInWorker, sleep, now } from "lab";

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
  console.log(`heartbeat at ${now()} ms`);
}, 100);

await sleep(300);
await runInWorker(countPrimes, 10);
const count = countPrimes(600_000);
console.log(`${count} primes below 600,000 (at ${now()} ms)`);
await sleep(300);

clearInterval(heartbeat);

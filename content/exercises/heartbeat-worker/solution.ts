import { runInWorker, sleep, now } from "lab";

// Counts the primes below `limit` by trial division:
// pure CPU work.
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

// The heartbeat must keep time (every 100 ms) for the whole run.
const heartbeat = setInterval(() => {
  console.log(`heartbeat at ${now()} ms`);
}, 100);

await sleep(300); // loading the input
const count = await runInWorker(countPrimes, 600_000);
console.log(`${count} primes below 600,000 (at ${now()} ms)`);
await sleep(300); // saving the result

clearInterval(heartbeat);

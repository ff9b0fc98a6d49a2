import { sleep, now } from "lab";

// Counts the primes below `limit` by trial division:
// pure CPU work, no waiting.
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
await sleep(350);

const started = now();
const count = countPrimes(1_000_000);
console.log(
  `${count} primes, computed from ${started} to ${now()} ms`,
);

await sleep(350);
clearInterval(heartbeat);

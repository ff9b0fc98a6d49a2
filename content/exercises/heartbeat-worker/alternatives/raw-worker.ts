// Another way: a plain Worker started from a Blob, talking through postMessage.
import { sleep, now } from "lab";

const source = `
  self.onmessage = (event) => {
    const limit = event.data;
    let count = 0;
    for (let n = 2; n < limit; n++) {
      let prime = true;
      for (let d = 2; d * d <= n; d++) {
        if (n % d === 0) { prime = false; break; }
      }
      if (prime) count++;
    }
    self.postMessage(count);
  };
`;

const heartbeat = setInterval(() => {
  console.log(`heartbeat at ${now()} ms`);
}, 100);

await sleep(300);
const worker = new Worker(URL.createObjectURL(new Blob([source], { type: "text/javascript" })));
const count = await new Promise<number>((resolve) => {
  worker.onmessage = (event: MessageEvent<number>) => resolve(event.data);
  worker.postMessage(600_000);
});
worker.terminate();
console.log(`${count} primes below 600,000 (at ${now()} ms)`);
await sleep(300);

clearInterval(heartbeat);

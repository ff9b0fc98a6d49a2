import { sleep, now } from "lab";

await sleep(1000);
console.log(`lab's sleep: ${now()} ms`);

// Without the lab: a promise resolved by a timer.
await new Promise((resolve) => setTimeout(resolve, 500));
console.log(`setTimeout in a promise: ${now()} ms`);

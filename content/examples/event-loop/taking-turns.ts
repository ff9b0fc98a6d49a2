import { sleep, now } from "lab";

async function worker(name: string, every: number, steps: number) {
  for (let step = 1; step <= steps; step++) {
    await sleep(every); // hand the thread back to the loop
    console.log(`${name} step ${step} at ${now()} ms`);
  }
}

// Start both; neither waits for the other.
worker("fast", 300, 3);
worker("slow", 500, 2);
console.log(`both started at ${now()} ms`);

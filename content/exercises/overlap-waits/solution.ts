import { sleep, now } from "lab";

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

// Start all three, then wait for all of them together.
const [tea, coffee, juice] = await Promise.all([brew("tea"), brew("coffee"), brew("juice")]);

console.log(tea, "/", coffee, "/", juice);
console.log(`done at ${now()} ms`);

// Another way: start all three brews first (no await), then await each promise in turn.
import { sleep, now } from "lab";

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

const teaPromise = brew("tea");
const coffeePromise = brew("coffee");
const juicePromise = brew("juice");
const tea = await teaPromise;
const coffee = await coffeePromise;
const juice = await juicePromise;

console.log(tea, "/", coffee, "/", juice);
console.log(`done at ${now()} ms`);

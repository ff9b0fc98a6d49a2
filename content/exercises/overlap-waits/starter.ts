import { sleep, now } from "lab";

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

// These three waits happen one after another: about 3 seconds in all.
// Make them overlap so that everything is ready after about 1 second.
const tea = await brew("tea");
const coffee = await brew("coffee");
const juice = await brew("juice");

console.log(tea, "/", coffee, "/", juice);
console.log(`done at ${now()} ms`);

// Trick: start the work on run() (not before) but forget to keep the promise: every run() bakes again.
import { sleep, now } from "lab";

async function bake(item: string): Promise<string> {
  console.log(`start baking ${item} at ${now()} ms`);
  await sleep(1000);
  console.log(`${item} ready at ${now()} ms`);
  return item;
}

function lazy<T>(work: () => Promise<T>) {
  return {
    run: () => work(),
  };
}

const bread = lazy(() => bake("bread"));
console.log(`task created at ${now()} ms`);

await sleep(500);
console.log(`asking for the bread at ${now()} ms`);
const first = await bread.run();
const again = await bread.run();
console.log(`got ${first} and ${again} at ${now()} ms`);

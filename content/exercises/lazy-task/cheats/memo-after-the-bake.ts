// Trick: remember the value only once it has arrived, and ask for the bread a second time while
// it is still baking: the second run() starts a second bake.
import { sleep, now } from "lab";

async function bake(item: string): Promise<string> {
  console.log(`start baking ${item} at ${now()} ms`);
  await sleep(1000);
  console.log(`${item} ready at ${now()} ms`);
  return item;
}

function lazy<T>(work: () => Promise<T>) {
  let value: T | undefined;
  return {
    run: async () => (value ??= await work()),
  };
}

const bread = lazy(() => bake("bread"));
console.log(`task created at ${now()} ms`);

await sleep(500);
console.log(`asking for the bread at ${now()} ms`);
const [first, again] = await Promise.all([bread.run(), bread.run()]);
console.log(`got ${first} and ${again} at ${now()} ms`);

// Another way: a closure with a "started" flag and a promise variable, written out with if.
import { sleep, now } from "lab";

async function bake(item: string): Promise<string> {
  console.log(`start baking ${item} at ${now()} ms`);
  await sleep(1000);
  console.log(`${item} ready at ${now()} ms`);
  return item;
}

function lazy<T>(work: () => Promise<T>) {
  let started = false;
  let promise: Promise<T>;
  return {
    run(): Promise<T> {
      if (!started) {
        started = true;
        promise = work();
      }
      return promise;
    },
  };
}

const bread = lazy(() => bake("bread"));
console.log(`task created at ${now()} ms`);

await sleep(500);
console.log(`asking for the bread at ${now()} ms`);
const first = await bread.run();
const again = await bread.run();
console.log(`got ${first} and ${again} at ${now()} ms`);

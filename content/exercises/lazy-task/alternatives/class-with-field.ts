// Another way: a small class that keeps the promise in a private field.
import { sleep, now } from "lab";

async function bake(item: string): Promise<string> {
  console.log(`start baking ${item} at ${now()} ms`);
  await sleep(1000);
  console.log(`${item} ready at ${now()} ms`);
  return item;
}

class Lazy<T> {
  #promise: Promise<T> | undefined;
  constructor(private readonly work: () => Promise<T>) {}
  run(): Promise<T> {
    if (this.#promise === undefined) this.#promise = this.work();
    return this.#promise;
  }
}

function lazy<T>(work: () => Promise<T>) {
  const task = new Lazy(work);
  return { run: () => task.run() };
}

const bread = lazy(() => bake("bread"));
console.log(`task created at ${now()} ms`);

await sleep(500);
console.log(`asking for the bread at ${now()} ms`);
const first = await bread.run();
const again = await bread.run();
console.log(`got ${first} and ${again} at ${now()} ms`);

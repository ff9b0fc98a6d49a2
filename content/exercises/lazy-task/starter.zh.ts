import { sleep, now } from "lab";

async function bake(item: string): Promise<string> {
  console.log(`start baking ${item} at ${now()} ms`);
  await sleep(1000);
  console.log(`${item} ready at ${now()} ms`);
  return item;
}

// 惰性任务应当在第一次 run() 时才开始工作，不能更早，
// 而且无论 run() 被调用多少次，工作都只执行一次。
function lazy<T>(work: () => Promise<T>) {
  const promise = work();
  return {
    run: () => promise,
  };
}

const bread = lazy(() => bake("bread"));
console.log(`task created at ${now()} ms`);

await sleep(500);
console.log(`asking for the bread at ${now()} ms`);
const first = await bread.run();
const again = await bread.run();
console.log(`got ${first} and ${again} at ${now()} ms`);

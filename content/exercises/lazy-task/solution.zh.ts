import { sleep, now } from "lab";

async function bake(item: string): Promise<string> {
  console.log(`start baking ${item} at ${now()} ms`);
  await sleep(1000);
  console.log(`${item} ready at ${now()} ms`);
  return item;
}

// 保存函数本身，而不是它的结果：在第一次 run() 时调用它，
// 之后每次都返回同一个 promise。
function lazy<T>(work: () => Promise<T>) {
  let promise: Promise<T> | undefined;
  return {
    run: () => (promise ??= work()),
  };
}

const bread = lazy(() => bake("bread"));
console.log(`task created at ${now()} ms`);

await sleep(500);
console.log(`asking for the bread at ${now()} ms`);
const first = await bread.run();
const again = await bread.run();
console.log(`got ${first} and ${again} at ${now()} ms`);

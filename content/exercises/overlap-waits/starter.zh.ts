import { sleep, now } from "lab";

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

// 这三次等待一个接一个地进行：总共大约 3 秒。
// 让它们重叠进行，使一切在大约 1 秒后就准备好。
const tea = await brew("tea");
const coffee = await brew("coffee");
const juice = await brew("juice");

console.log(tea, "/", coffee, "/", juice);
console.log(`done at ${now()} ms`);

import { sleep, now } from "lab";

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

// 先把三个都启动，再一起等待它们全部完成。
const [tea, coffee, juice] = await Promise.all([brew("tea"), brew("coffee"), brew("juice")]);

console.log(tea, "/", coffee, "/", juice);
console.log(`done at ${now()} ms`);

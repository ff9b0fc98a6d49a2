import { sleep, now } from "lab";

async function main(): Promise<string> {
  await sleep(100);
  return "main 执行完毕";
}

// 模块本身就是程序：直接在顶层 await。
console.log(await main(), `（${now()} ms）`);

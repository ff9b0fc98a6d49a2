import { sleep, now } from "lab";

async function rollDice() {
  console.log(`${now()} ms 掷骰子`);
  await sleep(300);
  return 1 + Math.floor(Math.random() * 6);
}

const roll = rollDice(); // 只调用一次：骰子只掷一次
console.log("第一次 await:", await roll);
// 还是同一个点数：骰子没有再掷一次。
console.log("第二次 await:", await roll);
console.log(`${now()} ms 结束`);

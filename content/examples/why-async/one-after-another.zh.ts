import { sleep, now } from "lab";

// 店里每杯饮料要做 1 秒。
async function order(drink: string) {
  await sleep(1000);
  console.log(`${drink}在 ${now()} ms 做好了`);
}

// 每杯都等它做好，再点下一杯。
await order("茶");
await order("咖啡");
await order("果汁");
console.log(`全部完成：${now()} ms`);

import { sleep, now } from "lab";

async function order(drink: string) {
  await sleep(1000);
  console.log(`${drink}在 ${now()} ms 做好了`);
}

// 三杯一起点，然后一次性等它们全部做好。
await Promise.all([order("茶"), order("咖啡"), order("果汁")]);
console.log(`全部完成：${now()} ms`);

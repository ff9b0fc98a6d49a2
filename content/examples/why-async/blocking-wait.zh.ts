import { blockFor, now } from "lab";

// blockFor 一直占着线程，就像一个同步等待结果的调用。
function orderAndStare(drink: string) {
  blockFor(1000);
  console.log(`${drink}在 ${now()} ms 做好了`);
}

setTimeout(() => console.log(`本该在 100 ms 触发的定时器，实际在 ${now()} ms 才运行`), 100);
orderAndStare("茶");
orderAndStare("咖啡");

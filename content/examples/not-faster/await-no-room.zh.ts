import { now } from "lab";

setTimeout(() => {
  console.log(
    `本该在 1 ms 触发的定时器，实际在 ${now()} ms 才运行`,
  );
}, 0);

// 二十万次 await，没有一次让定时器插进来。
let total = 0;
for (let i = 1; i <= 200_000; i++) total += await i;

console.log(`循环在 ${now()} ms 结束，结果是 ${total}`);

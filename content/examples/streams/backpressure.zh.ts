import { sleep, now } from "lab";

let made = 0;
const readings = new ReadableStream<number>(
  {
    // 队列有空位时就会被调用：调用一次，做一个读数。
    async pull(controller) {
      made++;
      await sleep(100);
      controller.enqueue(made);
      console.log(
        `made ${made} at ${now()} ms, ` +
          `room left: ${controller.desiredSize}`,
      );
      if (made === 6) controller.close();
    },
  },
  { highWaterMark: 2 }, // 队列里最多等着 2 个读数
);

for await (const reading of readings) {
  console.log(`  using ${reading} at ${now()} ms`);
  await sleep(300);
}
// 100 + 6 × 300：消费者的节奏
console.log(`done at ${now()} ms`);

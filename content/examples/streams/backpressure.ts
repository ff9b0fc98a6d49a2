import { sleep, now } from "lab";

let made = 0;
const readings = new ReadableStream<number>(
  {
    // Called whenever the queue has room: one call, one reading.
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
  { highWaterMark: 2 }, // at most 2 readings wait in the queue
);

for await (const reading of readings) {
  console.log(`  using ${reading} at ${now()} ms`);
  await sleep(300);
}
// 100 + 6 × 300: the consumer's pace
console.log(`done at ${now()} ms`);

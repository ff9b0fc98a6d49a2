import { sleep, now } from "lab";

// 传感器采一个读数需要 100 毫秒。
async function takeReading(i: number): Promise<number> {
  await sleep(100);
  return i;
}

// 保存一个读数更慢：300 毫秒。
async function save(reading: number): Promise<number> {
  await sleep(300);
  return reading;
}

// 十个读数经过一个流。等待保存的读数最多只能有 2 个。
let taken = 0;
const readings = new ReadableStream<number>(
  {
    // 只有队列还有空位时才会被调用：每次调用采一个读数。
    async pull(controller) {
      taken++;
      controller.enqueue(await takeReading(taken));
      if (taken === 10) controller.close();
    },
  },
  { highWaterMark: 2 },
);

for await (const reading of readings) {
  console.log(`saving reading ${reading} at ${now()} ms`);
  await save(reading);
}
console.log(`all saved at ${now()} ms`);

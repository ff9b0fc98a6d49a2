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
const readings = new ReadableStream<number>(
  {
    async start(controller) {
      for (let i = 1; i <= 10; i++) {
        controller.enqueue(await takeReading(i));
      }
      controller.close();
    },
  },
  { highWaterMark: 2 },
);

for await (const reading of readings) {
  console.log(`saving reading ${reading} at ${now()} ms`);
  await save(reading);
}
console.log(`all saved at ${now()} ms`);

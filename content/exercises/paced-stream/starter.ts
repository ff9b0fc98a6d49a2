import { sleep, now } from "lab";

// The sensor needs 100 ms to take a reading.
async function takeReading(i: number): Promise<number> {
  await sleep(100);
  return i;
}

// Saving a reading is slower: 300 ms.
async function save(reading: number): Promise<number> {
  await sleep(300);
  return reading;
}

// Ten readings through a stream. Keep at most 2 waiting to be saved.
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

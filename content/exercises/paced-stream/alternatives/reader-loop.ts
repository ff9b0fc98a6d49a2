// Another way: the same pull() source with a CountQueuingStrategy, read with getReader() and
// read() in a loop instead of for await.
import { sleep, now } from "lab";

async function takeReading(i: number): Promise<number> {
  await sleep(100);
  return i;
}
async function save(reading: number): Promise<number> {
  await sleep(300);
  return reading;
}
let taken = 0;
const reader = new ReadableStream<number>(
  {
    async pull(controller) {
      controller.enqueue(await takeReading(++taken));
      if (taken === 10) controller.close();
    },
  },
  new CountQueuingStrategy({ highWaterMark: 2 }),
).getReader();
for (;;) {
  const { done, value } = await reader.read();
  if (done) break;
  console.log(`saving reading ${value} at ${now()} ms`);
  await save(value);
}
console.log(`all saved at ${now()} ms`);

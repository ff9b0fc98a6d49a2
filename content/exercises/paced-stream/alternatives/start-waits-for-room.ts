// Another way: keep the loop in start(), but before each reading wait until the stream has room
// (desiredSize > 0); pull() is the stream saying "room now", so it wakes the loop.
import { sleep, now } from "lab";

async function takeReading(i: number): Promise<number> {
  await sleep(100);
  return i;
}
async function save(reading: number): Promise<number> {
  await sleep(300);
  return reading;
}
let wake: (() => void) | undefined;
const readings = new ReadableStream<number>(
  {
    async start(controller) {
      // start() must return before pull() can be called: run the loop on its own.
      void (async () => {
        for (let i = 1; i <= 10; i++) {
          while ((controller.desiredSize ?? 0) <= 0) await new Promise<void>((resolve) => (wake = resolve));
          controller.enqueue(await takeReading(i));
        }
        controller.close();
      })();
    },
    pull() {
      wake?.();
      wake = undefined;
    },
  },
  { highWaterMark: 2 },
);
for await (const reading of readings) {
  console.log(`saving reading ${reading} at ${now()} ms`);
  await save(reading);
}
console.log(`all saved at ${now()} ms`);

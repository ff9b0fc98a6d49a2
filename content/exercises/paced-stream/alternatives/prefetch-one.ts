// Another way: no stream; an async generator that starts taking the next reading before it hands
// out the current one, so the sensor works while the consumer saves (at most one waits).
import { sleep, now } from "lab";

async function takeReading(i: number): Promise<number> {
  await sleep(100);
  return i;
}
async function save(reading: number): Promise<number> {
  await sleep(300);
  return reading;
}
async function* readings() {
  let next = takeReading(1);
  for (let i = 1; i <= 10; i++) {
    const reading = await next;
    if (i < 10) next = takeReading(i + 1);
    yield reading;
  }
}
for await (const reading of readings()) {
  console.log(`saving reading ${reading} at ${now()} ms`);
  await save(reading);
}
console.log(`all saved at ${now()} ms`);

// Trick: an async generator instead of the stream. Nothing ever waits, so the bound holds, but the
// sensor only takes a reading when the consumer asks: they take turns, 10 × 400 ms = 4 s.
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
  for (let i = 1; i <= 10; i++) yield await takeReading(i);
}
for await (const reading of readings()) {
  console.log(`saving reading ${reading} at ${now()} ms`);
  await save(reading);
}
console.log(`all saved at ${now()} ms`);

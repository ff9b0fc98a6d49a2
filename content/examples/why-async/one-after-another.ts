import { sleep, now } from "lab";

// The shop needs one second per drink.
async function order(drink: string) {
  await sleep(1000);
  console.log(`${drink} ready at ${now()} ms`);
}

// Wait for each drink before ordering the next one.
await order("tea");
await order("coffee");
await order("juice");
console.log(`all done at ${now()} ms`);

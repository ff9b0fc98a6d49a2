import { sleep, now } from "lab";

async function order(drink: string) {
  await sleep(1000);
  console.log(`${drink} ready at ${now()} ms`);
}

// Order all three, then wait once for all of them.
await Promise.all([order("tea"), order("coffee"), order("juice")]);
console.log(`all done at ${now()} ms`);

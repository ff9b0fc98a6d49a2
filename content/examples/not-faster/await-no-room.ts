import { now } from "lab";

setTimeout(() => {
  console.log(`the timer due at 1 ms ran at ${now()} ms`);
}, 0);

// 200,000 awaits, and not one of them lets the timer in.
let total = 0;
for (let i = 1; i <= 200_000; i++) total += await i;

console.log(`the loop ended at ${now()} ms with ${total}`);

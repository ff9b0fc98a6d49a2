import { blockFor, now } from "lab";

// blockFor keeps the thread busy, like a synchronous call that waits.
function orderAndStare(drink: string) {
  blockFor(1000);
  console.log(`${drink} ready at ${now()} ms`);
}

setTimeout(() => console.log(`a timer due at 100 ms ran at ${now()} ms`), 100);
orderAndStare("tea");
orderAndStare("coffee");

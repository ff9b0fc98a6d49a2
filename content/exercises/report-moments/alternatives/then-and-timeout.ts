// Another way: a promise reaction for the early report, a second zero-delay timer for the late one.
import { now } from "lab";

const events: string[] = [];

function report(name: string) {
  console.log(`${name} at ${now()} ms: ${events.join(" → ")}`);
}

setTimeout(() => events.push("timer"), 0);
Promise.resolve().then(() => events.push("microtask"));
events.push("sync");

Promise.resolve().then(() => report("early"));
setTimeout(() => report("late"), 0);

import { now } from "lab";

const events: string[] = [];

function report(name: string) {
  console.log(`${name} at ${now()} ms: ${events.join(" → ")}`);
}

// Three jobs in three places. Leave these lines as they are.
setTimeout(() => events.push("timer"), 0);
Promise.resolve().then(() => events.push("microtask"));
events.push("sync");

// Both reports come too early: each one shows only "sync".
// Make "early" show sync → microtask (before the timer has run),
// and "late" show all three.
report("early");
report("late");

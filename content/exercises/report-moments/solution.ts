import { now } from "lab";

const events: string[] = [];

function report(name: string) {
  console.log(`${name} at ${now()} ms: ${events.join(" → ")}`);
}

// Three jobs in three places. Leave these lines as they are.
setTimeout(() => events.push("timer"), 0);
Promise.resolve().then(() => events.push("microtask"));
events.push("sync");

// A microtask queued now runs right after the one already waiting,
// and before any timer.
queueMicrotask(() => report("early"));

// A timer with the same delay runs after the one created before.
setTimeout(() => report("late"), 0);

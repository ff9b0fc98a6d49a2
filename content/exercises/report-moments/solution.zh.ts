import { now } from "lab";

const events: string[] = [];

function report(name: string) {
  console.log(`${name} at ${now()} ms: ${events.join(" → ")}`);
}

// 三个任务，分别在三个地方。这几行保持原样。
setTimeout(() => events.push("timer"), 0);
Promise.resolve().then(() => events.push("microtask"));
events.push("sync");

// 现在排入的微任务会紧接在已经等待着的那个之后执行，
// 并且早于任何定时器。
queueMicrotask(() => report("early"));

// 延迟相同的定时器，会在先创建的那个之后执行。
setTimeout(() => report("late"), 0);

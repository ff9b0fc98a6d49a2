import { now } from "lab";

const events: string[] = [];

function report(name: string) {
  console.log(`${name} at ${now()} ms: ${events.join(" → ")}`);
}

// 三个任务，分别在三个地方。这几行保持原样。
setTimeout(() => events.push("timer"), 0);
Promise.resolve().then(() => events.push("microtask"));
events.push("sync");

// 两次报告都来得太早：每次都只显示 "sync"。
// 让 "early" 显示 sync → microtask（在定时器执行之前），
// 让 "late" 显示全部三项。
report("early");
report("late");

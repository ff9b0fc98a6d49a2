// 运行之前，先猜猜这四行的打印顺序。
setTimeout(() => console.log("定时器：setTimeout 0"), 0);
Promise.resolve().then(() => console.log("微任务：then"));
queueMicrotask(() => console.log("微任务：queueMicrotask"));
console.log("同步代码：脚本的最后一行");

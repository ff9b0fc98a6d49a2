// Guess the order of the four lines before you press Run.
setTimeout(() => console.log("timer: setTimeout 0"), 0);
Promise.resolve().then(() => console.log("microtask: then"));
queueMicrotask(() => console.log("microtask: queueMicrotask"));
console.log("sync: the last line of the script");

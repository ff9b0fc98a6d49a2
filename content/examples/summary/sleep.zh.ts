import { sleep, now } from "lab";

await sleep(1000);
console.log(`lab 的 sleep：${now()} ms`);

// 不用 lab：一个由定时器来 resolve 的 promise。
await new Promise((resolve) => setTimeout(resolve, 500));
console.log(`包在 promise 里的 setTimeout：${now()} ms`);

import { http, sleep, now } from "lab";

// 办法一：工作一启动，就挂上处理函数。
const page = http.get("/status/500").catch((error: Error) => `failed: ${error.message}`);

// 办法二：Promise.allSettled 会一次性给每个 promise 都挂上处理函数。
const both = Promise.allSettled([http.get("/json"), http.get("/status/404")]);

await sleep(2000); // 和前面一样，先忙别的
console.log(`${now()} ms：${await page}`);
for (const outcome of await both) console.log(`${now()} ms：${outcome.status}`);

import { http, sleep, now } from "lab";

// 现在启动，稍后再 await：这个请求 1 秒后就会失败……
const page = http.get("/status/500");
await sleep(2000); // ……而我们正忙着别的事
console.log(`${now()} ms：现在才 await 这个页面`);
try {
  await page;
} catch (error) {
  console.log(`捕获到：${(error as Error).message}`);
}

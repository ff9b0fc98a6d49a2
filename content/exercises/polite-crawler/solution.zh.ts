import { createClient, now } from "lab";

// 一个不稳定 API 的十个页面：每次响应耗时 1 s，部分调用会失败。
const pages = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const urls = pages.map((page) => `/flaky?page=${page}`);

// 所有请求共用一个客户端：3 个在执行，其余的排队等待。
const client = createClient({ limit: 3 });

// allSettled 会等全部十个请求结束，并把每个失败作为一个值保留下来。
const results = await Promise.allSettled(
  urls.map((url) => client.get(url)),
);

let failed = 0;
results.forEach((result, i) => {
  if (result.status === "rejected") {
    failed++;
    console.log(`page ${i + 1} failed: ${result.reason.status}`);
  }
});
const ok = results.length - failed;
console.log(`${ok} succeeded, ${failed} failed in ${now()} ms`);

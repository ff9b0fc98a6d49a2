import { createClient, now, type Client } from "lab";

const urls = [
  "https://httpbin.org/delay/1",
  "https://httpbin.org/json",
  "https://httpbin.org/status/500",
  "https://httpbin.org/delay/1",
  "https://httpbin.org/status/404",
  "https://httpbin.org/json",
];

async function fetchOne(client: Client, url: string, n: number) {
  const response = await client.get(url);
  const body = await response.json();
  console.log(`  请求 ${n} 成功（${response.status}），${now()} ms`);
  return body;
}

// 所有请求共用一个客户端：同时最多 3 个连接。
const client = createClient({ limit: 3 });
console.log(`开始请求 ${urls.length} 个 URL……`);

// allSettled 等所有请求结束，失败也作为结果保留。
const results = await Promise.allSettled(
  urls.map((url, i) => fetchOne(client, url, i + 1)),
);

results.forEach((result, i) => {
  if (result.status === "rejected") {
    const { message } = result.reason;
    console.log(`  请求 ${i + 1} 失败：${message}`);
  }
});
const ok = results.filter((r) => r.status === "fulfilled").length;
console.log(`完成：${ok}/${urls.length} 成功，耗时 ${now()} ms`);

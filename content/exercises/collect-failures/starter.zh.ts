import { http, now } from "lab";

// 一批六个请求：有的成功，有的失败，最慢的要 3 秒。
const urls = [
  "/delay/1",
  "/status/500",
  "/json",
  "/delay/3",
  "/status/404",
  "/delay/2",
];

// 同时发出全部请求，然后报告每一个成功和每一个失败。
try {
  const responses = await Promise.all(
    urls.map((url) => http.get(url)),
  );
  const ok = responses.map((response) => response.url);
  console.log(`${ok.length} succeeded: ${ok.join(", ")}`);
  console.log(`0 failed:`);
} catch (error) {
  const { url, status } = error as {
    url: string;
    status: number;
  };
  console.log(`1 failed: ${url} (${status})`);
}
console.log(`reported at ${now()} ms`);

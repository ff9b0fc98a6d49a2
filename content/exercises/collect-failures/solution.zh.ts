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
const outcomes = await Promise.allSettled(
  urls.map((url) => http.get(url)),
);
const ok: string[] = [];
const failed: string[] = [];
outcomes.forEach((outcome, i) => {
  if (outcome.status === "fulfilled")
    ok.push(outcome.value.url);
  else failed.push(`${urls[i]} (${outcome.reason.status})`);
});
console.log(`${ok.length} succeeded: ${ok.join(", ")}`);
console.log(`${failed.length} failed: ${failed.join(", ")}`);
console.log(`reported at ${now()} ms`);

import { http, now } from "lab";

// Six requests: some succeed, some fail, the slowest takes 3 s.
const urls = [
  "/delay/1",
  "/status/500",
  "/json",
  "/delay/3",
  "/status/404",
  "/delay/2",
];

// Fetch them all at once, then report every success and every failure.
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

import { createClient, now } from "lab";

// Ten pages of a flaky API: each answer takes 1 s, some calls fail.
const pages = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const urls = pages.map((page) => `/flaky?page=${page}`);

// One client for all requests: 3 run, the rest wait in line.
const client = createClient({ limit: 3 });

// allSettled waits for all ten and keeps each failure as a value.
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

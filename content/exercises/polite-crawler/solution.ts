import { createClient, now } from "lab";

// Ten pages of a flaky API. Each answer takes 1 s, and some calls fail.
const urls = Array.from({ length: 10 }, (_, i) => `/flaky?page=${i + 1}`);

// One client for all requests: 3 run, the others wait for a free connection.
const client = createClient({ limit: 3 });

// allSettled waits for all ten and keeps each failure as a value.
const results = await Promise.allSettled(urls.map((url) => client.get(url)));

results.forEach((result, i) => {
  if (result.status === "rejected") console.log(`page ${i + 1} failed: ${result.reason.status}`);
});
const failed = results.filter((result) => result.status === "rejected").length;
console.log(`${results.length - failed} succeeded, ${failed} failed in ${now()} ms`);

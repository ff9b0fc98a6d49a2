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
  console.log(`  request ${n}: ${response.status} at ${now()} ms`);
  return body;
}

// One client for every request: at most 3 connections at a time.
const client = createClient({ limit: 3 });
console.log(`fetching ${urls.length} URLs...`);

// allSettled waits for every request and keeps failures as values.
const results = await Promise.allSettled(
  urls.map((url, i) => fetchOne(client, url, i + 1)),
);

results.forEach((result, i) => {
  if (result.status === "rejected") {
    const { message } = result.reason;
    console.log(`  request ${i + 1} failed: ${message}`);
  }
});
const ok = results.filter((r) => r.status === "fulfilled").length;
console.log(`done: ${ok}/${urls.length} succeeded in ${now()} ms`);

import { http, sleep, now } from "lab";

// Start now, await later: the request fails after 1 s...
const page = http.get("/status/500");
await sleep(2000); // ...while we are busy with something else
console.log(`${now()} ms: now we await the page`);
try {
  await page;
} catch (error) {
  console.log(`caught: ${(error as Error).message}`);
}

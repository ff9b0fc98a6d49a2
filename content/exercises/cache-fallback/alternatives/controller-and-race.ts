// Another way: race the request against a 5 s sleep, and abort the request when the sleep wins.
import { http, sleep, now } from "lab";

const cache = { rate: 1.08 };
const controller = new AbortController();

async function liveRate(signal?: AbortSignal): Promise<number> {
  await http.get("/delay/8", { signal });
  return 1.09;
}

const live = liveRate(controller.signal).then((rate) => `rate ${rate} (live)`);
live.catch(() => undefined);
const fallback = sleep(5000).then(() => {
  controller.abort();
  return `rate ${cache.rate} (from cache)`;
});
console.log(`${await Promise.race([live, fallback])} at ${now()} ms`);

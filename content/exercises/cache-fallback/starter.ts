import { http, sleep, now } from "lab";

const cache = { rate: 1.08 };

async function liveRate(signal?: AbortSignal): Promise<number> {
  // The rate service is slow today.
  await http.get("/delay/8", { signal });
  return 1.09;
}

// Answer within 5 s: the live rate if it comes in time,
// the cached one otherwise.
async function getRate(): Promise<string> {
  const live = liveRate().then((rate) => `rate ${rate} (live)`);
  const fallback = sleep(5000).then(
    () => `rate ${cache.rate} (from cache)`,
  );
  return Promise.race([live, fallback]);
}

console.log(`${await getRate()} at ${now()} ms`);

import { http, now } from "lab";

const cache = { rate: 1.08 };

async function liveRate(signal?: AbortSignal): Promise<number> {
  // The rate service is slow today.
  await http.get("/delay/8", { signal });
  return 1.09;
}

// Answer within 5 s: the live rate if it comes in time,
// the cached one otherwise.
async function getRate(): Promise<string> {
  try {
    // After 5 s the signal aborts the request (TimeoutError).
    const rate = await liveRate(AbortSignal.timeout(5000));
    return `rate ${rate} (live)`;
  } catch (error) {
    if ((error as Error).name !== "TimeoutError") throw error;
    return `rate ${cache.rate} (from cache)`;
  }
}

console.log(`${await getRate()} at ${now()} ms`);

// Another way: each attempt gets its own 1 s limit combined with the caller's deadline through
// AbortSignal.any, and the wait races the deadline's abort event instead of taking the signal.
import { http, sleep, now, type LabResponse } from "lab";

function abortedBy(signal: AbortSignal): Promise<never> {
  return new Promise((_, reject) => {
    if (signal.aborted) reject(signal.reason);
    signal.addEventListener("abort", () => reject(signal.reason), { once: true });
  });
}

async function getWithRetry(url: string, signal: AbortSignal): Promise<LabResponse> {
  const deadline = abortedBy(signal);
  deadline.catch(() => {}); // only raced below; never left unhandled
  let ceiling = 300;
  for (;;) {
    try {
      return await http.get(url, { signal: AbortSignal.any([signal, AbortSignal.timeout(1000)]) });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      const stop = new AbortController();
      try {
        await Promise.race([sleep(ceiling / 2 + (Math.random() * ceiling) / 2, stop.signal), deadline]);
      } finally {
        stop.abort(); // ends the sleep if the deadline won the race
      }
      ceiling *= 2;
    }
  }
}

const recovered = await getWithRetry("/flaky?fail=3&ms=200", AbortSignal.timeout(10_000));
console.log(`recovered: ${recovered.status} at ${now()} ms`);
try {
  await getWithRetry("/flaky?fail=all&ms=200", AbortSignal.timeout(4000));
} catch (error) {
  console.log(`gave up: ${(error as Error).name} at ${now()} ms`);
}

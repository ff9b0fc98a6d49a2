import { http, now, type LabResponse } from "lab";

/**
 * GETs `url`, retrying failures with waits that grow (and some jitter),
 * and never going past the deadline carried by `signal`.
 */
async function getWithRetry(
  url: string,
  signal: AbortSignal,
): Promise<LabResponse> {
  for (
    let attempt = 0;
    attempt < 10 && !signal.aborted;
    attempt++
  ) {
    try {
      return await http.get(url);
    } catch (error) {
      console.log(
        `attempt ${attempt + 1} failed at ${now()} ms`,
      );
    }
  }
  throw new Error(`gave up on ${url}`);
}

// Fails three times, then recovers: succeed within 10 s.
const recovered = await getWithRetry(
  "/flaky?fail=3&ms=200",
  AbortSignal.timeout(10_000),
);
console.log(`recovered: ${recovered.status} at ${now()} ms`);

// A service that never recovers: stop at the 4 s deadline.
try {
  await getWithRetry(
    "/flaky?fail=all&ms=200",
    AbortSignal.timeout(4000),
  );
} catch (error) {
  console.log(
    `gave up: ${(error as Error).name} at ${now()} ms`,
  );
}

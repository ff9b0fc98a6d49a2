import { http, sleep, now, type LabResponse } from "lab";

/**
 * GETs `url`, retrying failures with waits that grow (and some jitter),
 * and never going past the deadline carried by `signal`.
 */
async function getWithRetry(
  url: string,
  signal: AbortSignal,
): Promise<LabResponse> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await http.get(url, { signal });
    } catch (error) {
      if (signal.aborted) throw signal.reason; // deadline: stop
      console.log(
        `attempt ${attempt + 1} failed at ${now()} ms`,
      );
      // 300, 600, 1200 ms...: each wait between half and all of it.
      const ceiling = 300 * 2 ** attempt;
      await sleep(
        ceiling / 2 + Math.random() * (ceiling / 2),
        signal,
      );
    }
  }
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

// Trick: waits that double (150, 300, ... 2400 ms, no jitter, so the run is the same every time),
// and the signal checked after every wait, but not given to sleep(): the 2.4 s wait that starts
// at 3.25 s runs on past the 4 s deadline, and the code gives up late.
import { http, sleep, now, type LabResponse } from "lab";

async function getWithRetry(url: string, signal: AbortSignal): Promise<LabResponse> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await http.get(url, { signal });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      await sleep(150 * 2 ** attempt);
      signal.throwIfAborted();
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

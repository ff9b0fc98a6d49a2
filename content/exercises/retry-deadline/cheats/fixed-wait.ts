// Trick: retry with the same 300 ms pause every time; it honours the deadline, but the waits
// never grow, so a struggling service gets no more room on the fifth try than on the first.
import { http, sleep, now, type LabResponse } from "lab";

async function getWithRetry(url: string, signal: AbortSignal): Promise<LabResponse> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await http.get(url, { signal });
    } catch (error) {
      if (signal.aborted) throw signal.reason;
      await sleep(300, signal);
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

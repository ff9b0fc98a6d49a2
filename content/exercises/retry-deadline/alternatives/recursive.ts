// Another way: recursion instead of a loop, a factor of 3 instead of 2 with a cap, and
// signal.throwIfAborted() as the "no retry after the deadline" test.
import { http, sleep, now, type LabResponse } from "lab";

async function getWithRetry(url: string, signal: AbortSignal, attempt = 0): Promise<LabResponse> {
  try {
    return await http.get(url, { signal });
  } catch (error) {
    signal.throwIfAborted();
    const ceiling = Math.min(5000, 200 * 3 ** attempt);
    await sleep(ceiling * (0.5 + Math.random() / 2), signal);
    return getWithRetry(url, signal, attempt + 1);
  }
}

const recovered = await getWithRetry("/flaky?fail=3&ms=200", AbortSignal.timeout(10_000));
console.log(`recovered: ${recovered.status} at ${now()} ms`);
try {
  await getWithRetry("/flaky?fail=all&ms=200", AbortSignal.timeout(4000));
} catch (error) {
  console.log(`gave up: ${(error as Error).name} at ${now()} ms`);
}

// Trick: no deadline at all: growing waits and a fixed number of attempts (5), then give up,
// whenever that happens to be.
import { http, sleep, now, type LabResponse } from "lab";

async function getWithRetry(url: string): Promise<LabResponse> {
  for (let attempt = 0; attempt < 5; attempt++) {
    try {
      return await http.get(url);
    } catch (error) {
      const ceiling = 100 * 2 ** attempt;
      if (attempt < 4) await sleep(ceiling / 2 + Math.random() * (ceiling / 2));
    }
  }
  throw new Error("too many attempts");
}

const recovered = await getWithRetry("/flaky?fail=3&ms=200");
console.log(`recovered: ${recovered.status} at ${now()} ms`);
try {
  await getWithRetry("/flaky?fail=all&ms=200");
} catch (error) {
  console.log(`gave up: ${(error as Error).name} at ${now()} ms`);
}

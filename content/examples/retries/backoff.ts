import { http, sleep, now } from "lab";

// Waits base × 2^attempt, capped, and picks a random time in
// its upper half (jitter), so clients that failed together
// do not all come back at the same moment.
function backoff(
  attempt: number,
  base = 200,
  cap = 5000,
): number {
  const ceiling = Math.min(cap, base * 2 ** attempt);
  return Math.round(
    ceiling / 2 + Math.random() * (ceiling / 2),
  );
}

// /flaky?fail=3 fails its first three calls, then answers;
// each call takes 200 ms.
const url = "/flaky?fail=3&ms=200";
for (let attempt = 0; ; attempt++) {
  try {
    const response = await http.get(url);
    console.log(
      `attempt ${attempt + 1} at ${now()} ms: ${response.status}`,
    );
    break;
  } catch (error) {
    const wait = backoff(attempt);
    console.log(
      `attempt ${attempt + 1} failed at ${now()} ms, ` +
        `waiting ${wait} ms`,
    );
    await sleep(wait);
  }
}

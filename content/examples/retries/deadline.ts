import { http, sleep, now } from "lab";

function backoff(attempt: number, base = 200): number {
  const ceiling = base * 2 ** attempt;
  return Math.round(
    ceiling / 2 + Math.random() * (ceiling / 2),
  );
}

// The innermost call: retries, but never past the deadline in `signal`.
async function getWithRetry(url: string, signal: AbortSignal) {
  for (let attempt = 0; ; attempt++) {
    // Each attempt gets 1.5 s of its own; the caller's
    // deadline still applies.
    const attemptSignal = AbortSignal.any([
      signal,
      AbortSignal.timeout(1500),
    ]);
    try {
      return await http.get(url, { signal: attemptSignal });
    } catch (error) {
      // The deadline has passed: no more retries.
      if (signal.aborted) throw signal.reason;
      console.log(`  ${url} failed at ${now()} ms, retrying`);
      // A wait the deadline can cut short:
      await sleep(backoff(attempt), signal);
    }
  }
}

async function loadProfile(id: number, signal: AbortSignal) {
  const user = await getWithRetry(`/users/${id}`, signal);
  const settings = await getWithRetry(
    "/flaky?fail=all&ms=300",
    signal,
  ); // never recovers
  return {
    user: await user.json(),
    settings: await settings.json(),
  };
}

// The deadline is set once, at the top, and passed down.
try {
  await loadProfile(1, AbortSignal.timeout(3000));
} catch (error) {
  console.log(
    `gave up at ${now()} ms: ${(error as Error).name}`,
  );
}

import { http, now } from "lab";

const cached = "rate 1.08 (from cache)";

async function liveRate(signal: AbortSignal): Promise<string> {
  // The rate service is slow today.
  await http.get("/delay/8", { signal });
  return "rate 1.09 (live)";
}

async function getRate(): Promise<string> {
  try {
    // The signal aborts itself after 5 s, with a TimeoutError.
    return await liveRate(AbortSignal.timeout(5000));
  } catch (error) {
    if ((error as Error).name !== "TimeoutError") throw error;
    return cached;
  }
}

console.log(`answer at ${now()} ms:`, await getRate());

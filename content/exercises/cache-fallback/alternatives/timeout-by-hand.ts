// Another way: an AbortController aborted by a plain setTimeout, and the timer cleared if the
// live rate comes in first.
import { http, now } from "lab";

const cache = { rate: 1.08 };

async function getRate(): Promise<string> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), 5000);
  try {
    await http.get("/delay/8", { signal: controller.signal });
    return "rate 1.09 (live)";
  } catch {
    return `rate ${cache.rate} (from cache)`;
  } finally {
    clearTimeout(timer);
  }
}

console.log(`${await getRate()} at ${now()} ms`);

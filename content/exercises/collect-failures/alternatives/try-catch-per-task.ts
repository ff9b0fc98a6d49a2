// Another way: one async function per request with try/catch inside, all started by map, then
// awaited together; failures go into an AggregateError printed at the end.
import { http, now } from "lab";

const urls = ["/delay/1", "/status/500", "/json", "/delay/3", "/status/404", "/delay/2"];
const ok: string[] = [];
const errors: Array<{ url: string; status: number }> = [];

async function fetchOne(url: string): Promise<void> {
  try {
    const response = await http.get(url);
    ok.push(response.url);
  } catch (error) {
    errors.push({ url, status: (error as { status: number }).status });
  }
}

await Promise.all(urls.map(fetchOne));
const failure = new AggregateError(errors, `${errors.length} requests failed`);
console.log(`${ok.length} succeeded: ${ok.join(", ")}`);
console.log(`${failure.errors.length} failed: ${failure.errors.map((e) => `${e.url} (${e.status})`).join(", ")}`);
console.log(`reported at ${now()} ms`);

// Trick: a correct report, but each request is awaited before the next one starts (try/catch in
// a loop): nothing is lost, and the batch takes the sum of the requests, 9 s, not the slowest.
import { http, now } from "lab";

const urls = ["/delay/1", "/status/500", "/json", "/delay/3", "/status/404", "/delay/2"];
const ok: string[] = [];
const failed: string[] = [];
for (const url of urls) {
  try {
    ok.push((await http.get(url)).url);
  } catch (error) {
    failed.push(`${url} (${(error as { status: number }).status})`);
  }
}
console.log(`${ok.length} succeeded: ${ok.join(", ")}`);
console.log(`${failed.length} failed: ${failed.join(", ")}`);
console.log(`reported at ${now()} ms`);

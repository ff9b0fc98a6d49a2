// Another way: give every request its own .catch that turns a failure into a value, so Promise.all
// can never reject and waits for all six.
import { http, now } from "lab";

const urls = ["/delay/1", "/status/500", "/json", "/delay/3", "/status/404", "/delay/2"];
const results = await Promise.all(
  urls.map((url) =>
    http.get(url).then(
      (response) => ({ ok: true as const, url: response.url }),
      (error: { status: number }) => ({ ok: false as const, url, status: error.status }),
    ),
  ),
);
const ok = results.filter((r) => r.ok).map((r) => r.url);
const failed = results.flatMap((r) => (r.ok ? [] : [`${r.url} (${r.status})`]));
console.log(`${ok.length} succeeded: ${ok.join(", ")}`);
console.log(`${failed.length} failed: ${failed.join(", ")}`);
console.log(`reported at ${now()} ms`);

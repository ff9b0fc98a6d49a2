// Another way: no combinator at all; each request settles into one of two lists, and a promise
// resolves when the last of the six has settled.
import { http, now } from "lab";

const urls = ["/delay/1", "/status/500", "/json", "/delay/3", "/status/404", "/delay/2"];
const ok: string[] = [];
const failed: string[] = [];
await new Promise<void>((resolve) => {
  let left = urls.length;
  const settled = () => {
    if (--left === 0) resolve();
  };
  for (const url of urls) {
    http.get(url).then(
      (response) => { ok.push(response.url); settled(); },
      (error: { status: number }) => { failed.push(`${url} (${error.status})`); settled(); },
    );
  }
});
console.log(`${ok.length} succeeded: ${ok.join(", ")}`);
console.log(`${failed.length} failed: ${failed.join(", ")}`);
console.log(`reported at ${now()} ms`);

// Another way: no client; three workers take the next page from a shared index until none is left.
import { http, now } from "lab";

const urls = Array.from({ length: 10 }, (_, i) => `/flaky?page=${i + 1}`);
let next = 0;
let ok = 0;
let failed = 0;

async function crawler(): Promise<void> {
  while (next < urls.length) {
    const url = urls[next++]!;
    try {
      await http.get(url);
      ok++;
    } catch {
      failed++;
    }
  }
}

await Promise.all([crawler(), crawler(), crawler()]);
console.log(`${ok} succeeded, ${failed} failed in ${now()} ms`);

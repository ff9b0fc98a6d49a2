// Trick: catch each failure so Promise.all never rejects, but report as soon as the first failure
// arrives, while /delay/2 and /delay/3 are still on their way.
import { http, now } from "lab";

const urls = ["/delay/1", "/status/500", "/json", "/delay/3", "/status/404", "/delay/2"];
const ok: string[] = [];
const failed: string[] = [];
let reported = false;
const report = () => {
  if (reported) return;
  reported = true;
  console.log(`${ok.length} succeeded: ${ok.join(", ")}`);
  console.log(`${failed.length} failed: ${failed.join(", ")}`);
  console.log(`reported at ${now()} ms`);
};
await Promise.all(
  urls.map((url) =>
    http.get(url).then(
      (response) => ok.push(response.url),
      (error: { status: number }) => {
        failed.push(`${url} (${error.status})`);
        if (failed.length === 2) report();
      },
    ),
  ),
);
report();

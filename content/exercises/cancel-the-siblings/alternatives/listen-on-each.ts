// Another way: start the requests in a loop, each with a rejection handler that aborts the
// shared controller, and let Promise.all report the first failure.
import { http, now } from "lab";

const paths = ["/delay/3", "/status/503", "/delay/5"];
const controller = new AbortController();
const requests = [];
for (const path of paths) {
  const request = http.get(path, { signal: controller.signal });
  request.catch(() => controller.abort());
  requests.push(request);
}

try {
  await Promise.all(requests);
  console.log(`dashboard ready at ${now()} ms`);
} catch (error) {
  console.log(`dashboard failed at ${now()} ms: status ${(error as { status?: number }).status}`);
}

import { http, now } from "lab";

const urls = ["/delay/2", "/json", "/status/500", "/delay/2"];

try {
  const responses = await Promise.all(urls.map((u) => http.get(u)));
  console.log(`got ${responses.length} responses`);
} catch (error) {
  // One failure, and every other answer is lost to us.
  console.log(`at ${now()} ms Promise.all gave up: ${error}`);
}

import { http, now } from "lab";

// Ten pages of a flaky API. Each answer takes 1 s, and some calls fail.
const urls = Array.from({ length: 10 }, (_, i) => `/flaky?page=${i + 1}`);

// This fires all ten requests at once, and the first failure throws
// every other answer away. Be polite instead: at most 3 requests in
// flight through one shared client, and count the failures.
const responses = await Promise.all(urls.map((url) => http.get(url)));

console.log(`${responses.length} succeeded, 0 failed in ${now()} ms`);

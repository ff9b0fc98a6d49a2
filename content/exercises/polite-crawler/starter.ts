import { http, now } from "lab";

// Ten pages of a flaky API: each answer takes 1 s, some calls fail.
const pages = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
const urls = pages.map((page) => `/flaky?page=${page}`);

// This fires all ten requests at once, and the first failure throws
// every other answer away. Be polite instead: at most 3 requests in
// flight through one shared client, and count the failures.
const responses = await Promise.all(urls.map((u) => http.get(u)));

const ok = responses.length;
console.log(`${ok} succeeded, 0 failed in ${now()} ms`);

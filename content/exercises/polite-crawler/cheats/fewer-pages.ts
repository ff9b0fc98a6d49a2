// Trick: crawl only the first nine pages (three rounds of three), and report the expected count.
import { createClient, now } from "lab";

const client = createClient({ limit: 3 });
const urls = [1, 2, 3, 4, 5, 6, 7, 8, 9].map((page) => `/flaky?page=${page}`);
const results = await Promise.allSettled(urls.map((url) => client.get(url)));
const failed = results.filter((r) => r.status === "rejected").length;
console.log(`${results.length - failed + 1} succeeded, ${failed} failed in ${now()} ms`);

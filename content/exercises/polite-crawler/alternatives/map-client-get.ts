// Another way: pass client.get straight to map() (the index arrives as its second argument).
import { createClient, now } from "lab";

const client = createClient({ limit: 3 });
const urls = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10].map((page) => `/flaky?page=${page}`);
const results = await Promise.allSettled(urls.map(client.get));
const failed = results.filter((result) => result.status === "rejected").length;
console.log(`${results.length - failed} succeeded, ${failed} failed in ${now()} ms`);

// Another way: a shared client, and a for await over the settled results in page order.
import { createClient, now } from "lab";

const client = createClient({ limit: 3 });
const pending = [];
for (let page = 1; page <= 10; page++) {
  pending.push(client.get(`/flaky?page=${page}`).then(() => true, () => false));
}
let ok = 0;
let failed = 0;
for await (const success of pending) {
  if (success) ok++;
  else failed++;
}
console.log(`${ok} succeeded, ${failed} failed in ${now()} ms`);

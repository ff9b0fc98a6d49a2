import { sleep, fetchUser, now } from "lab";

// Three lookups at once: each takes about a second.
const users = await Promise.all([fetchUser(1), fetchUser(2), fetchUser(3)]);
console.log(users.map((user) => user.name));
console.log(`done after ${now()} ms`);

await sleep(500);
console.log("half a second later:", now(), "ms");

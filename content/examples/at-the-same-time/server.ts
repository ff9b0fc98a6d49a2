import { fetchUser, sleep, now } from "lab";

// A tiny server: every request needs one database lookup.
async function handle(n: number, userId: number) {
  const user = await fetchUser(userId);
  console.log(`request ${n} answered at ${now()} ms: ${user.name}`);
}

// Five requests arrive 100 ms apart. The server does not wait
// for one answer before it takes the next request.
for (let n = 1; n <= 5; n++) {
  console.log(`request ${n} arrives at ${now()} ms`);
  handle(n, n);
  await sleep(100);
}

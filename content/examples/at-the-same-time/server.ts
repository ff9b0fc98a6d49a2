import { fetchUser, sleep, now } from "lab";

// A tiny server: every request needs one database lookup.
async function handle(request: number, userId: number) {
  const user = await fetchUser(userId);
  console.log(`request ${request}: answered ${user.name} at ${now()} ms`);
}

// Five requests arrive 100 ms apart. The server does not wait for one
// answer before it takes the next request.
for (let request = 1; request <= 5; request++) {
  console.log(`request ${request} arrives at ${now()} ms`);
  handle(request, request);
  await sleep(100);
}

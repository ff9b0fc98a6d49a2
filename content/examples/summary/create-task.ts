import { fetchUser, sleep, now } from "lab";

const task = fetchUser(1); // starts at once: calling is starting
await sleep(500); // meanwhile, something else
const user = await task; // collect the result later
console.log(`${user.name} at ${now()} ms`);

import { fetchUser, now } from "lab";

const team = [4, 6, 9];

// Start every lookup, then wait for all of them.
// Promise.all keeps the results in the order of its input.
const users = await Promise.all(team.map((id) => fetchUser(id)));
const names = users.map((user) => user.name);

console.log(`team: ${names.join(", ")}`);
console.log(`done at ${now()} ms`);

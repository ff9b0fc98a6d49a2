import { fetchUser, now } from "lab";

const team = [4, 6, 9];

// One lookup after another: about 3 seconds. Look all three up
// at the same time, and keep the names in team order.
const names: string[] = [];
for (const id of team) {
  const user = await fetchUser(id);
  names.push(user.name);
}

console.log(`team: ${names.join(", ")}`);
console.log(`done at ${now()} ms`);

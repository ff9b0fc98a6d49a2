import { fetchUser, now } from "lab";

async function load(id: number) {
  const user = await fetchUser(id);
  console.log(`user ${id} (${user.name}) arrived at ${now()} ms`);
  return user;
}

// Start all three lookups, then wait for all of them.
const users = await Promise.all([load(3), load(1), load(2)]);
console.log(users.map((user) => user.name), `at ${now()} ms`);

import { fetchUser, now } from "lab";

// Each lookup waits for the previous one.
const users = [];
for (const id of [3, 1, 2]) {
  users.push(await fetchUser(id));
}
console.log(users.map((user) => user.name), `at ${now()} ms`);

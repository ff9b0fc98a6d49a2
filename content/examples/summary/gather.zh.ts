import { fetchUser, now } from "lab";

const users = await Promise.all([
  fetchUser(1),
  fetchUser(2),
  fetchUser(3),
]);
console.log(
  users.map((user) => user.name),
  `（${now()} ms）`,
);

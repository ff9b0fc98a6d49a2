import { fetchUser, now } from "lab";

const controller = new AbortController();
const { signal } = controller;
const first = await Promise.race([
  fetchUser(1, signal),
  fetchUser(6, signal),
]);
controller.abort(); // the loser would keep running otherwise
console.log(`${first.name} came first, at ${now()} ms`);

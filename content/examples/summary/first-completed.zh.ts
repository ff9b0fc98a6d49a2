import { fetchUser, now } from "lab";

const controller = new AbortController();
const { signal } = controller;
const first = await Promise.race([
  fetchUser(1, signal),
  fetchUser(6, signal),
]);
controller.abort(); // 否则输家会一直跑下去
console.log(`${first.name} 最先完成，用时 ${now()} ms`);

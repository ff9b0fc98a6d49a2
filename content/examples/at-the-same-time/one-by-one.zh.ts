import { fetchUser, now } from "lab";

// 每次查询都要等上一次结束。
const users = [];
for (const id of [3, 1, 2]) {
  users.push(await fetchUser(id));
}
console.log(users.map((user) => user.name), `${now()} ms`);

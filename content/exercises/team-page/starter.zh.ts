import { fetchUser, now } from "lab";

const team = [4, 6, 9];

// 逐个查询：大约要 3 秒。改为同时查询这三个人，
// 并让名字保持在 team 中的顺序。
const names: string[] = [];
for (const id of team) {
  const user = await fetchUser(id);
  names.push(user.name);
}

console.log(`team: ${names.join(", ")}`);
console.log(`done at ${now()} ms`);

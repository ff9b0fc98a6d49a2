import { fetchUser, now } from "lab";

const team = [4, 6, 9];

// 先启动每一个查询，再等待它们全部完成。
// Promise.all 会按输入的顺序保存结果。
const users = await Promise.all(team.map((id) => fetchUser(id)));
const names = users.map((user) => user.name);

console.log(`team: ${names.join(", ")}`);
console.log(`done at ${now()} ms`);

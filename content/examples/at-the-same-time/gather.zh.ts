import { fetchUser, now } from "lab";

async function load(id: number) {
  const user = await fetchUser(id);
  console.log(`用户 ${id}(${user.name})在 ${now()} ms 返回`);
  return user;
}

// 三次查询一起发起，再等它们全部完成。
const users = await Promise.all([load(3), load(1), load(2)]);
console.log(users.map((user) => user.name), `${now()} ms`);

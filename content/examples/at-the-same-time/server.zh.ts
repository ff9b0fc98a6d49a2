import { fetchUser, sleep, now } from "lab";

// 一个迷你服务器：每个请求都要查一次数据库。
async function handle(n: number, userId: number) {
  const user = await fetchUser(userId);
  console.log(`请求 ${n} 在 ${now()} ms 得到答复：${user.name}`);
}

// 每隔 100 ms 到达一个请求。
// 服务器不必等上一个请求答复完，就可以接下一个。
for (let n = 1; n <= 5; n++) {
  console.log(`请求 ${n} 在 ${now()} ms 到达`);
  handle(n, n);
  await sleep(100);
}

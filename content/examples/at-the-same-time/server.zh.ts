import { fetchUser, sleep, now } from "lab";

// 一个迷你服务器:每个请求都要查一次数据库。
async function handle(request: number, userId: number) {
  const user = await fetchUser(userId);
  console.log(`请求 ${request}:在 ${now()} ms 返回了 ${user.name}`);
}

// 五个请求每隔 100 ms 到达一个。服务器不必等上一个请求答复完,
// 就可以接下一个。
for (let request = 1; request <= 5; request++) {
  console.log(`请求 ${request} 在 ${now()} ms 到达`);
  handle(request, request);
  await sleep(100);
}

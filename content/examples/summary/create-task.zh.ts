import { fetchUser, sleep, now } from "lab";

const task = fetchUser(1); // 立即开始：调用即启动
await sleep(500); // 与此同时做点别的
const user = await task; // 稍后再取结果
console.log(`${now()} ms 拿到 ${user.name}`);

import { blockFor, sleep, now } from "lab";

// 应用的脉搏：应当每 100 ms 打印一次，误差不超过 50 ms。
const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

// 每张缩略图需要 20 ms 的同步计算。这部分没问题。
function makeThumbnail() {
  blockFor(20);
}

// 连续做 10 张缩略图会占住事件循环 200 ms，期间
// 一次心跳也插不进来。工作要全部做完，但要让
// 心跳能在中间执行。
async function makeThumbnails(count: number) {
  for (let i = 0; i < count; i++) {
    makeThumbnail();
  }
  console.log(`made ${count} thumbnails at ${now()} ms`);
}

await sleep(250); // 应用先空闲一会儿……
await makeThumbnails(10); // ……然后来了一批上传
await sleep(300);
clearInterval(heartbeat); // 让运行能够结束

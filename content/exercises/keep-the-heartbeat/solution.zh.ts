import { blockFor, sleep, now } from "lab";

// 应用的脉搏：应当每 100 ms 打印一次，误差不超过 50 ms。
const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

// 每张缩略图需要 20 ms 的同步计算。这部分没问题。
function makeThumbnail() {
  blockFor(20);
}

async function makeThumbnails(count: number) {
  for (let i = 0; i < count; i++) {
    makeThumbnail();
    // 在这里挂起；顶层代码在 await 我们，所以当前任务就此结束。
    // sleep(0) 是一个 1 ms 的定时器：已经到期的定时器（比如心跳）都会先执行。
    await sleep(0);
  }
  console.log(`made ${count} thumbnails at ${now()} ms`);
}

await sleep(250); // 应用先空闲一会儿……
await makeThumbnails(10); // ……然后来了一批上传
await sleep(300);
clearInterval(heartbeat); // 让运行能够结束

import { blockFor, sleep, now } from "lab";

// 心跳：本应每 100 ms 打印一次。
const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

async function handleUpload() {
  console.log(`${now()} ms 开始处理上传`);
  // 同步工作，比如 readFileSync 或解析巨大的 JSON。
  blockFor(450);
  console.log(`${now()} ms 上传处理完毕`);
}

await sleep(250);
await handleUpload();
await sleep(300);
clearInterval(heartbeat); // 否则 interval 会让运行一直继续

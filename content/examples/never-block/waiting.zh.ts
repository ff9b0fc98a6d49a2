import { sleep, now } from "lab";

const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

async function handleUpload() {
  console.log(`${now()} ms 开始处理上传`);
  await sleep(450); // 等待 I/O：这期间事件循环是空闲的
  console.log(`${now()} ms 上传处理完毕`);
}

await sleep(250);
await handleUpload();
await sleep(300);
clearInterval(heartbeat);

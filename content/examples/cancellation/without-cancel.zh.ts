import { sleep, now } from "lab";

async function download(name: string, ms: number) {
  await sleep(ms);
  console.log(`${name}：${now()} ms 下载完成，可惜已经没人等它了`);
}

async function checkQuota() {
  await sleep(500);
  throw new Error("配额已用完");
}

try {
  await Promise.all([
    download("report.pdf", 3000),
    download("photo.jpg", 2000),
    checkQuota(),
  ]);
} catch (error) {
  const { message } = error as Error;
  console.log(`Promise.all 在 ${now()} ms 放弃：${message}`);
}

import { sleep, now } from "lab";

const controller = new AbortController();

// 一秒后，有人按下了“取消”。
setTimeout(() => controller.abort(), 1000);

try {
  await sleep(5000, controller.signal);
  console.log("完整睡满了五秒");
} catch (error) {
  console.log(
    `sleep 在 ${now()} ms 以 ${(error as Error).name} 拒绝`,
  );
}
console.log("signal.aborted 为", controller.signal.aborted);

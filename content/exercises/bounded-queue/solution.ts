import { sleep, now } from "lab";

class BoundedQueue<T> {
  private readonly items: T[] = [];
  /** Wake-up calls for get()s waiting for an item. */
  private readonly getters: Array<() => void> = [];
  /** Wake-up calls for put()s waiting for room. */
  private readonly putters: Array<() => void> = [];

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  /** Adds an item at the back. It should wait while full. */
  async put(item: T): Promise<void> {
    while (this.items.length >= this.capacity) {
      await new Promise<void>((resolve) =>
        this.putters.push(resolve),
      );
    }
    this.items.push(item);
    this.getters.shift()?.();
  }

  /** Takes the item at the front, waiting while empty. */
  async get(): Promise<T> {
    while (this.items.length === 0) {
      await new Promise<void>((resolve) =>
        this.getters.push(resolve),
      );
    }
    const item = this.items.shift()!;
    this.putters.shift()?.(); // room now: wake one waiting put()
    return item;
  }
}

// Room for 3 jobs; null means "no more jobs".
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

// The consumers: each takes the next job as soon as it is free.
const workers = [worker("A"), worker("B"), worker("C")];

// The producer: 12 jobs, as fast as the queue accepts them.
for (let job = 1; job <= 12; job++) {
  await queue.put(job);
  console.log(
    `put job ${job} (queue: ${queue.size}/${queue.capacity})`,
  );
}
for (let i = 0; i < workers.length; i++) await queue.put(null);

await Promise.all(workers);
console.log(`all 12 jobs done at ${now()} ms`);

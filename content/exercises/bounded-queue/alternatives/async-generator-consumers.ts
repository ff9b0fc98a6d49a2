// Another way: the queue is an async iterable; each worker is a for await loop over it, and a
// "room" promise makes put() wait while the queue is full.
import { sleep, now } from "lab";

class BoundedQueue<T> {
  private readonly items: T[] = [];
  private wakeGetter: (() => void) | undefined;
  private readonly roomWaiters: Array<() => void> = [];
  private closed = false;

  constructor(readonly capacity: number) {}

  get size(): number {
    return this.items.length;
  }

  async put(item: T): Promise<void> {
    while (this.items.length >= this.capacity) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    this.items.push(item);
    this.wakeGetter?.();
  }

  close(): void {
    this.closed = true;
    this.wakeGetter?.();
  }

  async *drain(): AsyncGenerator<T> {
    for (;;) {
      if (this.items.length > 0) {
        const item = this.items.shift()!;
        this.roomWaiters.shift()?.();
        yield item;
      } else if (this.closed) {
        return;
      } else {
        await new Promise<void>((resolve) => {
          const previous = this.wakeGetter;
          this.wakeGetter = () => {
            this.wakeGetter = previous;
            resolve();
            previous?.();
          };
        });
      }
    }
  }
}

const queue = new BoundedQueue<number>(3);

async function worker(name: string): Promise<void> {
  for await (const job of queue.drain()) {
    console.log(`worker ${name}: job ${job} started at ${now()} ms`);
    await sleep(500);
  }
}

const workers = [worker("A"), worker("B"), worker("C")];
for (let job = 1; job <= 12; job++) {
  await queue.put(job);
  console.log(`put job ${job} (queue: ${queue.size}/${queue.capacity})`);
}
queue.close();

await Promise.all(workers);
console.log(`all 12 jobs done at ${now()} ms`);

import { sleep, now } from "lab";

// An async queue: get() waits while it is empty; put() never waits.
class AsyncQueue<T> {
  private readonly items: T[] = [];
  private readonly getters: Array<(item: T) => void> = [];

  get size(): number {
    return this.items.length;
  }

  put(item: T): void {
    const getter = this.getters.shift();
    if (getter)
      getter(item); // a worker is waiting: hand the item over
    else this.items.push(item);
  }

  get(): Promise<T> {
    if (this.items.length > 0)
      return Promise.resolve(this.items.shift()!);
    return new Promise((resolve) => this.getters.push(resolve));
  }
}

// null means "no more jobs".
const queue = new AsyncQueue<number | null>();

async function worker(name: string) {
  for (;;) {
    const job = await queue.get();
    if (job === null) return;
    console.log(`worker ${name}: job ${job} at ${now()} ms`);
    await sleep(500);
  }
}

const workers = [worker("A"), worker("B")];

for (let job = 1; job <= 6; job++) {
  queue.put(job);
  console.log(`put job ${job}, the queue holds ${queue.size}`);
}
workers.forEach(() => queue.put(null)); // one stop sign per worker

await Promise.all(workers);
console.log(`all done at ${now()} ms`);

// Another way: the semaphore keeps a queue of waiters as objects and checks the count in a while loop.
import { http, now } from "lab";

class Semaphore {
  private inUse = 0;
  private readonly queue: Array<{ wake: () => void }> = [];

  constructor(private readonly permits: number) {}

  async acquire(): Promise<void> {
    while (this.inUse >= this.permits) {
      await new Promise<void>((wake) => this.queue.push({ wake }));
    }
    this.inUse++;
  }

  release(): void {
    this.inUse--;
    this.queue.shift()?.wake();
  }
}

const semaphore = new Semaphore(2);

async function download(path: string) {
  await semaphore.acquire();
  try {
    await http.get(path);
    console.log(`${path} done at ${now()} ms`);
  } finally {
    semaphore.release();
  }
}

const seconds = [1, 2, 1, 1, 2, 1];
await Promise.all(seconds.map((s) => download(`/delay/${s}`)));
console.log(`all done at ${now()} ms`);

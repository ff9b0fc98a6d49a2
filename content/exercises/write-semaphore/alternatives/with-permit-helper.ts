// Another way: a use(fn) helper that acquires, runs fn and always releases; waiters are resolve
// functions in a FIFO list.
import { http, now } from "lab";

class Semaphore {
  private free: number;
  private readonly line: Array<() => void> = [];

  constructor(permits: number) {
    this.free = permits;
  }

  acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return Promise.resolve();
    }
    return new Promise((resolve) => this.line.push(resolve));
  }

  release(): void {
    const next = this.line.shift();
    if (next) next();
    else this.free++;
  }

  async use<T>(fn: () => Promise<T>): Promise<T> {
    await this.acquire();
    try {
      return await fn();
    } finally {
      this.release();
    }
  }
}

const semaphore = new Semaphore(2);
const seconds = [1, 2, 1, 1, 2, 1];
await Promise.all(
  seconds.map((s) =>
    semaphore.use(async () => {
      await http.get(`/delay/${s}`);
      console.log(`/delay/${s} done at ${now()} ms`);
    }),
  ),
);
console.log(`all done at ${now()} ms`);

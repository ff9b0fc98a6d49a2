// Trick: an unfair semaphore that wakes the LAST one waiting (a stack, not a queue): the limit
// holds and the total is 4 s, but later downloads jump the line.
import { http, now } from "lab";

class Semaphore {
  private free: number;
  private readonly waiting: Array<() => void> = [];

  constructor(permits: number) {
    this.free = permits;
  }

  async acquire(): Promise<void> {
    if (this.free > 0) {
      this.free--;
      return;
    }
    await new Promise<void>((resolve) => this.waiting.push(resolve));
  }

  release(): void {
    const next = this.waiting.pop();
    if (next) next();
    else this.free++;
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

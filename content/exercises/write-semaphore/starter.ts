import { http, now } from "lab";

class Semaphore {
  private free: number;

  constructor(permits: number) {
    this.free = permits;
  }

  /**
   * Takes a permit. When none is free, it should wait in line
   * until release() hands one over.
   */
  async acquire(): Promise<void> {
    this.free--; // what if there was no permit left?
  }

  /** Gives a permit back: to the first one waiting, if any. */
  release(): void {
    this.free++;
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

// Downloads of 1, 2, 1, 1, 2 and 1 seconds, sharing 2 permits.
const seconds = [1, 2, 1, 1, 2, 1];
await Promise.all(seconds.map((s) => download(`/delay/${s}`)));
console.log(`all done at ${now()} ms`);

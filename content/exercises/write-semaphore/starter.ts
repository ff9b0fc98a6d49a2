import { http, now } from "lab";

class Semaphore {
  private free: number;

  constructor(permits: number) {
    this.free = permits;
  }

  /** Takes a permit. When none is free, it should wait in line until release() hands one over. */
  async acquire(): Promise<void> {
    this.free--; // what if there was no permit left?
  }

  /** Gives a permit back: to the first one waiting in line, if anyone is. */
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

const paths = ["/delay/1", "/delay/2", "/delay/1", "/delay/1", "/delay/2", "/delay/1"];
await Promise.all(paths.map(download));
console.log(`all done at ${now()} ms`);

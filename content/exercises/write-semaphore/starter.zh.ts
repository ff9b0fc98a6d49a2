import { http, now } from "lab";

class Semaphore {
  private free: number;

  constructor(permits: number) {
    this.free = permits;
  }

  /**
   * 获取一个许可。没有空闲许可时，应当排队等待，
   * 直到 release() 把一个许可交过来。
   */
  async acquire(): Promise<void> {
    this.free--; // 如果已经没有许可了怎么办？
  }

  /** 归还一个许可：如果有人在等，就交给排在最前面的那个。 */
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

// 六次下载，分别耗时 1、2、1、1、2、1 秒，共享 2 个许可。
const seconds = [1, 2, 1, 1, 2, 1];
await Promise.all(seconds.map((s) => download(`/delay/${s}`)));
console.log(`all done at ${now()} ms`);

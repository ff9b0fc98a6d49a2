import { sleep, now } from "lab";

type Job<T> = (signal: AbortSignal) => Promise<T>;

// 让所有任务共用一个 signal 同时运行。第一个失败会中止它；
// 等所有任务都停下后，再把这第一个错误抛出去。
async function taskGroup<T>(jobs: Job<T>[]): Promise<T[]> {
  const controller = new AbortController();
  let firstError: unknown;
  const running = jobs.map(async (job) => {
    try {
      return await job(controller.signal);
    } catch (error) {
      if (!controller.signal.aborted) {
        firstError = error;
        controller.abort();
      }
      throw error;
    }
  });
  await Promise.allSettled(running);
  if (controller.signal.aborted) throw firstError;
  return Promise.all(running);
}

async function download(
  name: string,
  ms: number,
  signal: AbortSignal,
) {
  try {
    await sleep(ms, signal);
    console.log(`${name}：${now()} ms 完成`);
    return name;
  } catch (error) {
    console.log(`${name}：${now()} ms 被叫停`);
    throw error;
  }
}

async function checkQuota(signal: AbortSignal): Promise<string> {
  await sleep(500, signal);
  throw new Error("配额已用完");
}

try {
  await taskGroup([
    (signal) => download("report.pdf", 3000, signal),
    (signal) => download("photo.jpg", 2000, signal),
    checkQuota,
  ]);
} catch (error) {
  console.log(
    `任务组在 ${now()} ms 失败：${(error as Error).message}`,
  );
}

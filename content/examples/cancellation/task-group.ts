import { sleep, now } from "lab";

type Job<T> = (signal: AbortSignal) => Promise<T>;

// Runs the jobs on one shared signal. The first failure aborts it;
// once every job has stopped, the group rethrows that failure.
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
    console.log(`${name}: finished at ${now()} ms`);
    return name;
  } catch (error) {
    console.log(`${name}: stopped at ${now()} ms`);
    throw error;
  }
}

async function checkQuota(signal: AbortSignal): Promise<string> {
  await sleep(500, signal);
  throw new Error("quota exceeded");
}

try {
  await taskGroup([
    (signal) => download("report.pdf", 3000, signal),
    (signal) => download("photo.jpg", 2000, signal),
    checkQuota,
  ]);
} catch (error) {
  console.log(
    `group failed at ${now()} ms: ${(error as Error).message}`,
  );
}

import { fetchUser, sleep, now } from "lab";

const controller = new AbortController();
const { signal } = controller;
const failures: Error[] = [];
const abortTheRest = (error: Error): never => {
  if (!signal.aborted) failures.push(error); // 第一个失败：就是它引发了中止
  controller.abort();
  throw error;
};

// allSettled 会等到每个兄弟任务都停下
await Promise.allSettled([
  sleep(3000, signal).catch(abortTheRest),
  fetchUser(42, signal).catch(abortTheRest),
]);
const [failure] = failures;
if (failure) {
  const { name } = failure;
  console.log(`${now()} ms 出现 ${name}，3 秒的 sleep 也随之停下`);
}

import { fetchUser, sleep, now } from "lab";

const controller = new AbortController();
const { signal } = controller;
const failures: Error[] = [];
const abortTheRest = (error: Error): never => {
  if (!signal.aborted) failures.push(error); // the first failure: the one that caused the abort
  controller.abort();
  throw error;
};

// allSettled waits until every sibling has stopped
await Promise.allSettled([
  sleep(3000, signal).catch(abortTheRest),
  fetchUser(42, signal).catch(abortTheRest),
]);
const [failure] = failures;
if (failure) {
  const { name } = failure;
  console.log(`${name} at ${now()} ms; the 3 s sleep stopped too`);
}

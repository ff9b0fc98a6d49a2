import { fetchUser, sleep, now } from "lab";

const controller = new AbortController();
const { signal } = controller;
const abortTheRest = (error: unknown): never => {
  controller.abort();
  throw error;
};

try {
  await Promise.all([
    sleep(3000, signal).catch(abortTheRest),
    fetchUser(42, signal).catch(abortTheRest),
  ]);
} catch (error) {
  const { name } = error as Error;
  console.log(`${name} at ${now()} ms; the 3 s sleep stopped too`);
}

import { sleep, now } from "lab";

const controller = new AbortController();
const work = sleep(5000, controller.signal);
setTimeout(() => controller.abort(), 1000);

try {
  await work;
} catch (error) {
  console.log(`${(error as Error).name} at ${now()} ms`);
}

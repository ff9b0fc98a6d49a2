import { sleep, now } from "lab";

const controller = new AbortController();

// Someone presses "cancel" after one second.
setTimeout(() => controller.abort(), 1000);

try {
  await sleep(5000, controller.signal);
  console.log("slept the full five seconds");
} catch (error) {
  console.log(
    `sleep rejected with ${(error as Error).name} at ${now()} ms`,
  );
}
console.log("signal.aborted is", controller.signal.aborted);

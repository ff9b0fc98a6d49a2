import { blockFor, sleep, now } from "lab";

// The app's pulse: it should print every 100 ms, give or take 50.
const heartbeat = setInterval(() => console.log("heartbeat", now()), 100);

// Each thumbnail is 10 ms of synchronous work. That part is fine.
function makeThumbnail() {
  blockFor(10);
}

async function makeThumbnails(count: number) {
  for (let i = 0; i < count; i++) {
    makeThumbnail();
    // End the job here: a timer (sleep(0) is a 1 ms timer) lets every
    // timer that is already due, such as the heartbeat, run first.
    await sleep(0);
  }
  console.log(`made ${count} thumbnails at ${now()} ms`);
}

await sleep(250); // the app idles for a while...
await makeThumbnails(40); // ...then a batch of uploads arrives
await sleep(300);
clearInterval(heartbeat); // so that the run can end

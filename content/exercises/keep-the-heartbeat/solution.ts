import { blockFor, sleep, now } from "lab";

// The app's pulse: it should print every 100 ms, give or take 50.
const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

// Each thumbnail is 20 ms of synchronous work. That part is fine.
function makeThumbnail() {
  blockFor(20);
}

async function makeThumbnails(count: number) {
  for (let i = 0; i < count; i++) {
    makeThumbnail();
    // Suspend here; the top level awaits us, so the job ends. sleep(0)
    // is a 1 ms timer: every timer already due, like the heartbeat,
    // runs first.
    await sleep(0);
  }
  console.log(`made ${count} thumbnails at ${now()} ms`);
}

await sleep(250); // the app idles for a while...
await makeThumbnails(10); // ...then a batch of uploads arrives
await sleep(300);
clearInterval(heartbeat); // so that the run can end

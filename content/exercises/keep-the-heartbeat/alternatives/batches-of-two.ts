// Another way: two thumbnails (40 ms) per turn, then yield: still well inside the 150 ms budget.
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
    if (i % 2 === 1) await sleep(0);
  }
  console.log(`made ${count} thumbnails at ${now()} ms`);
}

await sleep(250);
await makeThumbnails(10);
await sleep(300);
clearInterval(heartbeat);

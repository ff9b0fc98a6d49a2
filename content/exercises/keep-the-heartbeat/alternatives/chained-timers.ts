// Another way: no loop at all; each thumbnail schedules the next one with setTimeout.
import { blockFor, sleep, now } from "lab";

const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

function makeThumbnail() {
  blockFor(20);
}

function makeThumbnails(count: number): Promise<void> {
  return new Promise((resolve) => {
    let made = 0;
    const step = () => {
      makeThumbnail();
      made++;
      if (made < count) setTimeout(step, 0);
      else {
        console.log(`made ${count} thumbnails at ${now()} ms`);
        resolve();
      }
    };
    setTimeout(step, 0);
  });
}

await sleep(250);
await makeThumbnails(10);
await sleep(300);
clearInterval(heartbeat);

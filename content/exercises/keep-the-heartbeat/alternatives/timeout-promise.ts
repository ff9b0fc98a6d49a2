// Another way: yield to the loop with a hand-made zero-delay timer promise after each thumbnail.
import { blockFor, sleep, now } from "lab";

const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

function makeThumbnail() {
  blockFor(20);
}

const nextTurn = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function makeThumbnails(count: number) {
  for (let i = 0; i < count; i++) {
    makeThumbnail();
    await nextTurn();
  }
  console.log(`made ${count} thumbnails at ${now()} ms`);
}

await sleep(250);
await makeThumbnails(10);
await sleep(300);
clearInterval(heartbeat);

import { blockFor, sleep, now } from "lab";

// A heartbeat that should print every 100 ms.
const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

async function handleUpload() {
  console.log(`upload starts at ${now()} ms`);
  // Synchronous work, like readFileSync or parsing a huge JSON.
  blockFor(450);
  console.log(`upload done at ${now()} ms`);
}

await sleep(250);
await handleUpload();
await sleep(300);
clearInterval(heartbeat); // or the interval keeps the run going

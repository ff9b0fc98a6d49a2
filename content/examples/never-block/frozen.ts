import { blockFor, sleep, now } from "lab";

// A heartbeat that should print every 100 ms.
const heartbeat = setInterval(() => console.log("heartbeat", now()), 100);

async function handleUpload() {
  console.log(`upload starts at ${now()} ms`);
  blockFor(450); // synchronous work, like readFileSync or a huge JSON.parse
  console.log(`upload done at ${now()} ms`);
}

await sleep(250);
await handleUpload();
await sleep(300);
clearInterval(heartbeat); // otherwise the interval keeps the run going

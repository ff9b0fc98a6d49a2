import { sleep, now } from "lab";

const heartbeat = setInterval(() => {
  console.log("heartbeat", now());
}, 100);

async function handleUpload() {
  console.log(`upload starts at ${now()} ms`);
  await sleep(450); // waiting for I/O: the loop is free meanwhile
  console.log(`upload done at ${now()} ms`);
}

await sleep(250);
await handleUpload();
await sleep(300);
clearInterval(heartbeat);

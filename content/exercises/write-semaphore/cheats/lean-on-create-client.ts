// Trick: leave the semaphore unwritten and let createClient({ limit: 2 }) do the waiting.
import { createClient, now } from "lab";

const client = createClient({ limit: 2 });

async function download(path: string) {
  await client.get(path);
  console.log(`${path} done at ${now()} ms`);
}

const seconds = [1, 2, 1, 1, 2, 1];
await Promise.all(seconds.map((s) => download(`/delay/${s}`)));
console.log(`all done at ${now()} ms`);

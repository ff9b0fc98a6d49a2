import { sleep, now } from "lab";

async function download(name: string, ms: number) {
  await sleep(ms);
  console.log(`${name}: finished at ${now()} ms, but nobody is waiting for it`);
}

async function checkQuota() {
  await sleep(500);
  throw new Error("quota exceeded");
}

try {
  await Promise.all([download("report.pdf", 3000), download("photo.jpg", 2000), checkQuota()]);
} catch (error) {
  console.log(`Promise.all gave up at ${now()} ms: ${(error as Error).message}`);
}

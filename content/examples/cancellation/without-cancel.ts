import { sleep, now } from "lab";

async function download(name: string, ms: number) {
  await sleep(ms);
  console.log(`${name}: finished at ${now()} ms, for nobody`);
}

async function checkQuota() {
  await sleep(500);
  throw new Error("quota exceeded");
}

try {
  await Promise.all([
    download("report.pdf", 3000),
    download("photo.jpg", 2000),
    checkQuota(),
  ]);
} catch (error) {
  const { message } = error as Error;
  console.log(`Promise.all gave up at ${now()} ms: ${message}`);
}

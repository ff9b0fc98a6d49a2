import { sleep, now } from "lab";

async function* ticks() {
  try {
    for (let i = 1; ; i++) {
      await sleep(100);
      yield i;
    }
  } finally {
    console.log(`generator: finally at ${now()} ms`);
  }
}

for await (const tick of ticks()) {
  console.log(`tick ${tick}`);
  // break calls the generator's return(): its finally runs now
  if (tick === 3) break;
}

const stop = new AbortController();
const stream = new ReadableStream<number>({
  async pull(controller) {
    await sleep(100, stop.signal); // the producer's wait, stoppable
    controller.enqueue(now());
  },
  cancel() {
    console.log(`stream: cancel() at ${now()} ms`);
    stop.abort(); // tell the producer to stop its pending wait
  },
});

for await (const time of stream) {
  console.log(`reading made at ${time} ms`);
  if (time >= 600) break; // cancels the stream
}
console.log(`done at ${now()} ms`);

import { sleep, now } from "lab";

// The producer: 100 ms per reading, made only when asked for.
async function* readings(count: number) {
  for (let i = 1; i <= count; i++) {
    await sleep(100);
    console.log(`made ${i} at ${now()} ms`);
    yield i;
  }
}

// The consumer: 300 ms per reading.
for await (const reading of readings(4)) {
  console.log(`  using ${reading} at ${now()} ms`);
  await sleep(300);
}
console.log(`done at ${now()} ms`); // 4 × (100 + 300): they took turns

import { sleep, now } from "lab";

// 生产者：每个读数 100 毫秒，只有被索要时才做。
async function* readings(count: number) {
  for (let i = 1; i <= count; i++) {
    await sleep(100);
    console.log(`made ${i} at ${now()} ms`);
    yield i;
  }
}

// 消费者：每个读数 300 毫秒。
for await (const reading of readings(4)) {
  console.log(`  using ${reading} at ${now()} ms`);
  await sleep(300);
}
console.log(`done at ${now()} ms`); // 4 × (100 + 300)：两边轮流干活

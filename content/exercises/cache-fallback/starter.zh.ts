import { http, sleep, now } from "lab";

const cache = { rate: 1.08 };

async function liveRate(signal?: AbortSignal): Promise<number> {
  // 汇率服务今天很慢。
  await http.get("/delay/8", { signal });
  return 1.09;
}

// 在 5 s 内给出答案：实时汇率及时到达就用它，
// 否则用缓存的汇率。
async function getRate(): Promise<string> {
  const live = liveRate().then((rate) => `rate ${rate} (live)`);
  const fallback = sleep(5000).then(
    () => `rate ${cache.rate} (from cache)`,
  );
  return Promise.race([live, fallback]);
}

console.log(`${await getRate()} at ${now()} ms`);

import { http, now } from "lab";

const cache = { rate: 1.08 };

async function liveRate(signal?: AbortSignal): Promise<number> {
  // 汇率服务今天很慢。
  await http.get("/delay/8", { signal });
  return 1.09;
}

// 在 5 s 内给出答案：实时汇率及时到达就用它，
// 否则用缓存的汇率。
async function getRate(): Promise<string> {
  try {
    // 5 s 后，signal 会中止请求（TimeoutError）。
    const rate = await liveRate(AbortSignal.timeout(5000));
    return `rate ${rate} (live)`;
  } catch (error) {
    if ((error as Error).name !== "TimeoutError") throw error;
    return `rate ${cache.rate} (from cache)`;
  }
}

console.log(`${await getRate()} at ${now()} ms`);

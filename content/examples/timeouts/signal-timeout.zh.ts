import { http, now } from "lab";

const cached = "汇率 1.08（来自缓存）";

async function liveRate(signal: AbortSignal): Promise<string> {
  // 汇率服务今天很慢。
  await http.get("/delay/8", { signal });
  return "汇率 1.09（实时）";
}

async function getRate(): Promise<string> {
  try {
    // 这个 signal 会在 5 秒后自行中止，原因是 TimeoutError。
    return await liveRate(AbortSignal.timeout(5000));
  } catch (error) {
    if ((error as Error).name !== "TimeoutError") throw error;
    return cached;
  }
}

console.log(`${now()} ms 给出答案：`, await getRate());

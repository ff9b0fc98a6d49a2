import { http, sleep, now } from "lab";

// 等待 base × 2^attempt（有上限），并在它的上半段里随机取一个时间（抖动），
// 这样一起失败的客户端不会在同一时刻一起回来。
function backoff(
  attempt: number,
  base = 200,
  cap = 5000,
): number {
  const ceiling = Math.min(cap, base * 2 ** attempt);
  return Math.round(
    ceiling / 2 + Math.random() * (ceiling / 2),
  );
}

// /flaky?fail=3 前三次调用失败，之后正常响应；每次调用 200 毫秒。
const url = "/flaky?fail=3&ms=200";
for (let attempt = 0; ; attempt++) {
  try {
    const response = await http.get(url);
    console.log(
      `attempt ${attempt + 1} at ${now()} ms: ${response.status}`,
    );
    break;
  } catch (error) {
    const wait = backoff(attempt);
    console.log(
      `attempt ${attempt + 1} failed at ${now()} ms, ` +
        `waiting ${wait} ms`,
    );
    await sleep(wait);
  }
}

import { http, now, type LabResponse } from "lab";

/**
 * GET `url`，失败时重试，每次等待都更长（并带一点抖动），
 * 而且绝不越过 `signal` 携带的截止时间。
 */
async function getWithRetry(
  url: string,
  signal: AbortSignal,
): Promise<LabResponse> {
  for (
    let attempt = 0;
    attempt < 10 && !signal.aborted;
    attempt++
  ) {
    try {
      return await http.get(url);
    } catch (error) {
      console.log(
        `attempt ${attempt + 1} failed at ${now()} ms`,
      );
    }
  }
  throw new Error(`gave up on ${url}`);
}

// 一个失败三次后恢复的服务：在 10 秒的预算内成功。
const recovered = await getWithRetry(
  "/flaky?fail=3&ms=200",
  AbortSignal.timeout(10_000),
);
console.log(`recovered: ${recovered.status} at ${now()} ms`);

// 一个永远不会恢复的服务：在 4 秒的截止时间停下。
try {
  await getWithRetry(
    "/flaky?fail=all&ms=200",
    AbortSignal.timeout(4000),
  );
} catch (error) {
  console.log(
    `gave up: ${(error as Error).name} at ${now()} ms`,
  );
}

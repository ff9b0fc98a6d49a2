import { http, sleep, now, type LabResponse } from "lab";

/**
 * GET `url`，失败时重试，每次等待都更长（并带一点抖动），
 * 而且绝不越过 `signal` 携带的截止时间。
 */
async function getWithRetry(
  url: string,
  signal: AbortSignal,
): Promise<LabResponse> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await http.get(url, { signal });
    } catch (error) {
      if (signal.aborted) throw signal.reason; // 截止：停下
      console.log(
        `attempt ${attempt + 1} failed at ${now()} ms`,
      );
      // 300、600、1200 毫秒……：每次实际等待取其一半到全部之间。
      const ceiling = 300 * 2 ** attempt;
      await sleep(
        ceiling / 2 + Math.random() * (ceiling / 2),
        signal,
      );
    }
  }
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

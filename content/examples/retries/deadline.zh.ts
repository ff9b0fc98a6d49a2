import { http, sleep, now } from "lab";

function backoff(attempt: number, base = 200): number {
  const ceiling = base * 2 ** attempt;
  return Math.round(
    ceiling / 2 + Math.random() * (ceiling / 2),
  );
}

// 最内层的调用：会重试，但绝不越过 `signal` 里的截止时间。
async function getWithRetry(url: string, signal: AbortSignal) {
  for (let attempt = 0; ; attempt++) {
    // 每次尝试有自己的 1.5 秒，调用方的截止时间同样有效。
    const attemptSignal = AbortSignal.any([
      signal,
      AbortSignal.timeout(1500),
    ]);
    try {
      return await http.get(url, { signal: attemptSignal });
    } catch (error) {
      // 截止时间到了：不再重试。
      if (signal.aborted) throw signal.reason;
      console.log(`  ${url} failed at ${now()} ms, retrying`);
      // 截止时间可以打断这次等待：
      await sleep(backoff(attempt), signal);
    }
  }
}

async function loadProfile(id: number, signal: AbortSignal) {
  const user = await getWithRetry(`/users/${id}`, signal);
  const settings = await getWithRetry(
    "/flaky?fail=all&ms=300",
    signal,
  ); // 永远不会恢复
  return {
    user: await user.json(),
    settings: await settings.json(),
  };
}

// 截止时间只在最上层设一次，然后一路传下去。
try {
  await loadProfile(1, AbortSignal.timeout(3000));
} catch (error) {
  console.log(
    `gave up at ${now()} ms: ${(error as Error).name}`,
  );
}

import { http, now } from "lab";

// 仪表盘需要全部三个响应：
// 缺了任何一个，另外两个就没有用。
async function loadDashboard() {
  const controller = new AbortController();
  const { signal } = controller;
  // 第一个失败的请求会中止共享的 signal，
  // 其余请求随即停止。
  const stopTheOthers = (error: unknown): never => {
    controller.abort();
    throw error;
  };
  return Promise.all([
    // profile（3 s）、news（1 s 后失败）、stats（5 s）
    http.get("/delay/3", { signal }).catch(stopTheOthers),
    http.get("/status/503", { signal }).catch(stopTheOthers),
    http.get("/delay/5", { signal }).catch(stopTheOthers),
  ]);
}

try {
  await loadDashboard();
  console.log(`dashboard ready at ${now()} ms`);
} catch (error) {
  console.log(
    `dashboard failed at ${now()} ms: ${(error as Error).message}`,
  );
}

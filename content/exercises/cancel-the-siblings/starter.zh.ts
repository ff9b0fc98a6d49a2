import { http, now } from "lab";

// 仪表盘需要全部三个响应：
// 缺了任何一个，另外两个就没有用。
async function loadDashboard() {
  const controller = new AbortController();
  const { signal } = controller;
  return Promise.all([
    // profile（3 s）、news（1 s 后失败）、stats（5 s）
    http.get("/delay/3", { signal }),
    http.get("/status/503", { signal }),
    http.get("/delay/5", { signal }),
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

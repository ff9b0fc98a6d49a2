import { http, now } from "lab";

// The dashboard needs all three answers:
// without one of them, the other two are useless.
async function loadDashboard() {
  const controller = new AbortController();
  const { signal } = controller;
  return Promise.all([
    // profile (3 s), news (fails after 1 s), stats (5 s)
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

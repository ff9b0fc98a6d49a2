// Trick: a timer set for exactly 1000 ms aborts the shared signal, so the siblings stop in the
// same millisecond as the failure, but because of the clock, not because of the failure.
import { http, now } from "lab";

async function loadDashboard() {
  const controller = new AbortController();
  const { signal } = controller;
  setTimeout(() => controller.abort(), 1000);
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

// Another way: Promise.all inside try/finally; whatever happens, the finally aborts the rest.
import { http, now } from "lab";

async function loadDashboard() {
  const controller = new AbortController();
  const { signal } = controller;
  try {
    return await Promise.all([
      http.get("/delay/3", { signal }),
      http.get("/status/503", { signal }),
      http.get("/delay/5", { signal }),
    ]);
  } finally {
    controller.abort();
  }
}

try {
  await loadDashboard();
  console.log(`dashboard ready at ${now()} ms`);
} catch (error) {
  console.log(`dashboard failed at ${now()} ms: ${(error as Error).message}`);
}

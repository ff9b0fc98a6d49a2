import { http, now } from "lab";

// The dashboard needs all three answers:
// without one of them, the other two are useless.
async function loadDashboard() {
  const controller = new AbortController();
  const { signal } = controller;
  // The first request to fail aborts the shared signal,
  // which stops the others at once.
  const stopTheOthers = (error: unknown): never => {
    controller.abort();
    throw error;
  };
  return Promise.all([
    // profile (3 s), news (fails after 1 s), stats (5 s)
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

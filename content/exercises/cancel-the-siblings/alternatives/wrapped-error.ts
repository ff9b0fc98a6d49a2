// Another way: abort in a catch around each request, and report a wrapped error that keeps the
// original as its cause (the message no longer says "503").
import { http, now } from "lab";

async function loadDashboard() {
  const controller = new AbortController();
  const { signal } = controller;
  const guarded = (path: string) =>
    http.get(path, { signal }).catch((error: unknown) => {
      controller.abort(error);
      throw new Error("the dashboard could not be loaded", { cause: error });
    });
  return Promise.all([guarded("/delay/3"), guarded("/status/503"), guarded("/delay/5")]);
}

try {
  await loadDashboard();
  console.log(`dashboard ready at ${now()} ms`);
} catch (error) {
  console.log(`dashboard failed at ${now()} ms: ${(error as Error).message}`);
}

import { http, now } from "lab";

try {
  await http.get("/delay/5", { signal: AbortSignal.timeout(2000) });
} catch (error) {
  console.log(`${(error as Error).name} at ${now()} ms`);
}

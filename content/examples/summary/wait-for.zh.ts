import { http, now } from "lab";

try {
  await http.get("/delay/5", { signal: AbortSignal.timeout(2000) });
} catch (error) {
  console.log(`${now()} ms 时收到 ${(error as Error).name}`);
}

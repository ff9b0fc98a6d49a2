import { http, sleep, now } from "lab";

const cached = "rate 1.08 (from cache)";

async function liveRate(): Promise<string> {
  // The rate service is slow today.
  await http.get("/delay/8");
  console.log(`the live request finished at ${now()} ms`);
  return "rate 1.09 (live)";
}

// Whichever settles first wins the race.
const answer = await Promise.race([
  liveRate(),
  sleep(5000).then(() => cached),
]);
console.log(`answer at ${now()} ms: ${answer}`);

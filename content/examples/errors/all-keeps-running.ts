import { http, now } from "lab";

const slow = http.get("/delay/3");
slow.then(() =>
  console.log(`/delay/3 finished anyway at ${now()} ms`),
);

try {
  await Promise.all([
    slow,
    http.get("/status/503"),
    http.get("/json"),
  ]);
} catch (error) {
  console.log(
    `Promise.all rejected at ${now()} ms: ${(error as Error).message}`,
  );
}
// Promise.all stopped waiting; nothing stopped the requests.

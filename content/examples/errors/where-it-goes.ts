import { http, now } from "lab";

// 1. Awaited inside try/catch: the error comes back to this line.
try {
  await http.get("/status/500");
} catch (error) {
  console.log(
    `awaited: caught ${(error as Error).message} at ${now()} ms`,
  );
}

// 2. Not awaited, but a handler is attached at once with .catch.
const report = http.get("/status/404");
report.catch((error: Error) => {
  console.log(`.catch: ${error.message} at ${now()} ms`);
});

// 3. Started, awaited later: the handler only exists from the await on,
//    so it must come before the promise can reject.
const later = http.get("/status/503");
console.log(
  `started /status/503 at ${now()} ms, awaiting it next`,
);
try {
  await later;
} catch (error) {
  console.log(
    `awaited later: ${(error as Error).message} at ${now()} ms`,
  );
}

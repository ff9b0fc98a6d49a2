import { http, now } from "lab";

// 1. 在 try/catch 里 await：错误回到这一行。
try {
  await http.get("/status/500");
} catch (error) {
  console.log(
    `awaited: caught ${(error as Error).message} at ${now()} ms`,
  );
}

// 2. 没有 await，但立刻用 .catch 挂上了处理函数。
const report = http.get("/status/404");
report.catch((error: Error) => {
  console.log(`.catch: ${error.message} at ${now()} ms`);
});

// 3. 先启动、后 await：从 await 那一刻起才有处理函数，
//    所以 await 必须赶在 promise 被拒绝之前。
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

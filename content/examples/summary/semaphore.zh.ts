import { http, now } from "lab";

// 同一时刻最多运行 n 个任务，其余的排队等候。
function limiter(n: number) {
  let active = 0;
  const line: Array<() => void> = [];
  return async function run<T>(job: () => Promise<T>): Promise<T> {
    if (active < n) active++;
    else await new Promise<void>((resolve) => line.push(resolve));
    try {
      return await job();
    } finally {
      const next = line.shift();
      if (next) next();
      else active--;
    }
  };
}

const limited = limiter(2);
await Promise.all(
  [1, 2, 3, 4].map(() => limited(() => http.get("/delay/1"))),
);
console.log(`4 个请求，每次 2 个：${now()} ms`);

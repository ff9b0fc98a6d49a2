import { http, now } from "lab";

const paths = Array.from({ length: 8 }, () => "/delay/1");

// 没有任何限制：八个请求在同一时刻涌向服务。
await Promise.all(paths.map((path) => http.get(path)));
console.log(`8 个请求在 ${now()} ms 全部完成`);

import { createClient, now } from "lab";

// 客户端自带一条队伍：同时最多 2 个请求在进行，其余的按顺序排队。
const client = createClient({ limit: 2 });
const paths = Array.from({ length: 6 }, () => "/delay/1");

await Promise.all(
  paths.map(async (path, i) => {
    await client.get(path);
    console.log(`第 ${i + 1} 个请求在 ${now()} ms 完成`);
  }),
);
console.log(`全部在 ${now()} ms 完成`);

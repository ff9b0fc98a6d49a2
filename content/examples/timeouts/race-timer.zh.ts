import { http, sleep, now } from "lab";

const cached = "汇率 1.08（来自缓存）";

async function liveRate(): Promise<string> {
  // 汇率服务今天很慢。
  await http.get("/delay/8");
  console.log(`实时请求在 ${now()} ms 完成`);
  return "汇率 1.09（实时）";
}

// 谁先落定，谁就赢得这场赛跑。
const answer = await Promise.race([
  liveRate(),
  sleep(5000).then(() => cached),
]);
console.log(`${now()} ms 给出答案：${answer}`);

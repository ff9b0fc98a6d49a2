import { http, now } from "lab";

const urls = ["/delay/2", "/json", "/status/500", "/delay/2"];

try {
  const responses = await Promise.all(urls.map((u) => http.get(u)));
  console.log(`拿到 ${responses.length} 个响应`);
} catch (error) {
  // 只要失败一个，其余的响应我们也都拿不到了。
  console.log(`${now()} ms 时 Promise.all 放弃了：${error}`);
}

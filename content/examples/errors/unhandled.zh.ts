import { http } from "lab";

async function saveReport(): Promise<void> {
  await http.get("/status/500"); // 1 秒后被拒绝
  console.log("report saved");
}

// 启动之后就忘了：没有 await，也没有 .catch。
saveReport();
console.log("report started, moving on");

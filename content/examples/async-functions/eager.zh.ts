import { sleep, now } from "lab";

async function fetchData() {
  console.log(`fetchData:${now()} ms 开始`);
  await sleep(1000);
  console.log(`fetchData:${now()} ms 完成`);
  return { data: "ok" };
}

const pending = fetchData(); // 函数体已经开始执行了
console.log(`${now()} ms 拿到一个 promise`);

await sleep(500); // 先去做点别的
console.log(`${now()} ms 开始 await 它`);
const result = await pending;
console.log(`${now()} ms 拿到结果：`, result);

import { runInWorker } from "lab";

function sumOfSquares(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += i * i;
  return total;
}

// 在另一个线程里运行；与此同时事件循环保持空闲。
console.log(await runInWorker(sumOfSquares, 100_000));

import { runInWorker } from "lab";

function sumOfSquares(n: number): number {
  let total = 0;
  for (let i = 0; i < n; i++) total += i * i;
  return total;
}

// Runs in another thread; the event loop stays free meanwhile.
console.log(await runInWorker(sumOfSquares, 100_000));

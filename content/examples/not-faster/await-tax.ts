import { now } from "lab";

const N = 200_000;

function sumPlain(n: number): number {
  let total = 0;
  for (let i = 1; i <= n; i++) total += i;
  return total;
}

// The same sum, but every addition is an async call that is awaited.
async function add(a: number, b: number): Promise<number> {
  return a + b;
}

async function sumAwaited(n: number): Promise<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) total = await add(total, i);
  return total;
}

let start = performance.now();
const plain = sumPlain(N);
const plainMs = performance.now() - start;

start = performance.now();
const awaited = await sumAwaited(N);
const awaitedMs = performance.now() - start;

console.log(`plain loop:   ${plain} in ${plainMs.toFixed(1)} ms`);
console.log(`awaited loop: ${awaited} in ${awaitedMs.toFixed(1)} ms`);
// performance.now() ticks in steps of about 0.1 ms, hence the floor.
console.log(`about ${Math.round(awaitedMs / Math.max(plainMs, 0.1))} times slower, for the same answer`);
console.log(`the run's clock reads ${now()} ms: CPU time counts on it too`);

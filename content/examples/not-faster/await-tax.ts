import { now } from "lab";

const N = 200_000;

function sumPlain(n: number): number {
  let total = 0;
  for (let i = 1; i <= n; i++) total += i;
  return total;
}

// The same sum, but each addition is an awaited async call.
async function add(a: number, b: number): Promise<number> {
  return a + b;
}

async function sumAwaited(n: number): Promise<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) total = await add(total, i);
  return total;
}

// How long one call takes; `await` also works on plain values.
async function measure(fn: () => unknown): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

console.log(`totals: ${sumPlain(N)} and ${await sumAwaited(N)}`);
for (let round = 1; round <= 3; round++) {
  const plainMs = await measure(() => sumPlain(N));
  const awaitedMs = await measure(() => sumAwaited(N));
  console.log(
    `round ${round}: plain ${plainMs.toFixed(1)} ms, ` +
      `awaited ${awaitedMs.toFixed(1)} ms`,
  );
}
console.log(`the run's clock reads ${now()} ms: CPU time counts`);

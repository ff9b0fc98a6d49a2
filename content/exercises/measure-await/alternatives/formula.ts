// Another way: no loop at all in sumPlain; Gauss's formula gives the same total.
const N = 200_000;

async function add(a: number, b: number): Promise<number> {
  return a + b;
}

async function sumAwaited(n: number): Promise<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) total = await add(total, i);
  return total;
}

function sumPlain(n: number): number {
  return (n * (n + 1)) / 2;
}

async function fastestOf5(fn: () => unknown): Promise<number> {
  let best = Infinity;
  for (let run = 0; run < 5; run++) {
    const start = performance.now();
    await fn();
    best = Math.min(best, performance.now() - start);
  }
  return best;
}

const plainMs = await fastestOf5(() => sumPlain(N));
const awaitedMs = await fastestOf5(() => sumAwaited(N));
console.log(`plain:   ${plainMs.toFixed(2)} ms`);
console.log(`awaited: ${awaitedMs.toFixed(2)} ms`);

export default {
  plainTotal: sumPlain(N),
  awaitedTotal: await sumAwaited(N),
  plainMs,
  awaitedMs,
};

// Another way: a synchronous add() in a while loop, timed with Date.now() around 5 rounds each.
const N = 200_000;

async function addAsync(a: number, b: number): Promise<number> {
  return a + b;
}
const add = (a: number, b: number) => a + b;

async function sumAwaited(n: number): Promise<number> {
  let total = 0;
  for (let i = 1; i <= n; i++) total = await addAsync(total, i);
  return total;
}

function sumPlain(n: number): number {
  let total = 0;
  let i = 1;
  while (i <= n) total = add(total, i++);
  return total;
}

async function timeOf5(fn: () => unknown): Promise<number> {
  const start = Date.now();
  for (let run = 0; run < 5; run++) await fn();
  return (Date.now() - start) / 5;
}

const plainMs = await timeOf5(() => sumPlain(N));
const awaitedMs = await timeOf5(() => sumAwaited(N));
console.log(`plain: ${plainMs} ms, awaited: ${awaitedMs} ms`);

export default {
  plainTotal: sumPlain(N),
  awaitedTotal: await sumAwaited(N),
  plainMs,
  awaitedMs,
};

// Another way: a for loop collects the promises, Promise.allSettled waits for them all.
import { sleep, now } from "lab";

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

const pending: Array<Promise<string>> = [];
for (const drink of ["tea", "coffee", "juice"]) pending.push(brew(drink));
const results = await Promise.allSettled(pending);
const lines = results.map((r) => (r.status === "fulfilled" ? r.value : "failed"));

console.log(lines.join(" / "));
console.log(`done at ${now()} ms`);

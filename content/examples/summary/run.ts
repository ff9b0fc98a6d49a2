import { sleep, now } from "lab";

async function main(): Promise<string> {
  await sleep(100);
  return "main finished";
}

// The module is the program: await at the top level.
console.log(await main(), `at ${now()} ms`);

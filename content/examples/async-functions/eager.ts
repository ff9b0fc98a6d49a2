import { sleep, now } from "lab";

async function fetchData() {
  console.log(`fetchData: started at ${now()} ms`);
  await sleep(1000);
  console.log(`fetchData: finished at ${now()} ms`);
  return { data: "ok" };
}

const pending = fetchData(); // the body is already running
console.log(`got a promise at ${now()} ms`);

await sleep(500); // do something else first
console.log(`awaiting it at ${now()} ms`);
const result = await pending;
console.log(`result at ${now()} ms:`, result);

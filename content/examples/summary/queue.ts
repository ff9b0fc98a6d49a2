import { sleep, now } from "lab";

// The smallest async queue: get() waits while it is empty.
const items: string[] = [];
const getters: Array<(item: string) => void> = [];

function put(item: string): void {
  const getter = getters.shift();
  if (getter) getter(item);
  else items.push(item);
}

function get(): Promise<string> {
  if (items.length > 0) return Promise.resolve(items.shift()!);
  return new Promise((resolve) => getters.push(resolve));
}

async function consumer() {
  for (;;) {
    const item = await get();
    if (item === "stop") return;
    console.log(`got ${item} at ${now()} ms`);
  }
}

const done = consumer();
for (const item of ["a", "b", "c", "stop"]) {
  await sleep(300);
  put(item);
}
await done;

import { sleep, now } from "lab";

// 最小的异步队列：队列为空时 get() 会等待。
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
    console.log(`${now()} ms 取到 ${item}`);
  }
}

const done = consumer();
for (const item of ["a", "b", "c", "stop"]) {
  await sleep(300);
  put(item);
}
await done;

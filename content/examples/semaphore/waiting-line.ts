import { sleep, now } from "lab";

// The line: each entry is the `resolve` of a promise
// that someone is awaiting.
const line: Array<() => void> = [];

function waitInLine(): Promise<void> {
  return new Promise((resolve) => line.push(resolve));
}

function serveNext(): void {
  // Calling a stored resolve wakes up whoever awaits that promise.
  line.shift()?.();
}

async function customer(name: string) {
  console.log(`${name} joins the line at ${now()} ms`);
  await waitInLine();
  console.log(`${name} is served at ${now()} ms`);
}

customer("Ada");
customer("Grace");
customer("Linus");

// The counter serves one customer per second.
for (let i = 0; i < 3; i++) {
  await sleep(1000);
  serveNext();
}

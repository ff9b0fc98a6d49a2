import { http, now } from "lab";

let open = 0;

async function fetchStatus(url: string): Promise<number> {
  open++;
  console.log(`${url}: connection opened (${open} open)`);
  try {
    const response = await http.get(url);
    // finally still runs before the caller gets this:
    return response.status;
  } finally {
    open--;
    console.log(
      `${url}: connection closed at ${now()} ms (${open} open)`,
    );
  }
}

console.log("status", await fetchStatus("/json"));
try {
  await fetchStatus("/status/500");
} catch (error) {
  console.log(
    `caught after finally: ${(error as Error).message}`,
  );
}

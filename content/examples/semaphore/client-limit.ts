import { createClient, now } from "lab";

// The client keeps its own line: at most 2 requests in flight,
// the others wait their turn.
const client = createClient({ limit: 2 });
const paths = Array.from({ length: 6 }, () => "/delay/1");

await Promise.all(
  paths.map(async (path, i) => {
    await client.get(path);
    console.log(`request ${i + 1} done at ${now()} ms`);
  }),
);
console.log(`all done at ${now()} ms`);

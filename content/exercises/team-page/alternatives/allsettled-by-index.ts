// Another way: Promise.allSettled, and each name written into its team slot by index.
import { fetchUser, now } from "lab";

const team = [4, 6, 9];
const names: string[] = new Array(team.length);
const results = await Promise.allSettled(team.map(async (id, i) => {
  names[i] = (await fetchUser(id)).name;
}));
const failed = results.filter((r) => r.status === "rejected").length;

console.log(`team: ${names.join(", ")}`);
console.log(`done at ${now()} ms (${failed} failed)`);

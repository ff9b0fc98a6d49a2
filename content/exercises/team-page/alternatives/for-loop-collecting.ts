// Another way: a for loop starts each lookup and keeps its promise; one await for them all.
import { fetchUser, now } from "lab";

const team = [4, 6, 9];
const lookups: Array<Promise<{ name: string }>> = [];
for (const id of team) lookups.push(fetchUser(id));
const names: string[] = [];
for (const user of await Promise.all(lookups)) names.push(user.name);

console.log(`team: ${names.join(", ")}`);
console.log(`done at ${now()} ms`);

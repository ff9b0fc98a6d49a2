// Trick (a common slip): collect the names as the answers arrive, so they come out in the order
// of the latencies, not of the team list.
import { fetchUser, now } from "lab";

const team = [4, 6, 9];
const names: string[] = [];
await Promise.all(team.map((id) => fetchUser(id).then((user) => names.push(user.name))));
console.log(`team: ${names.join(", ")}`);
console.log(`done at ${now()} ms`);

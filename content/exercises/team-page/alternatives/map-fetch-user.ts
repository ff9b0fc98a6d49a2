// Another way: pass fetchUser straight to map(); map's index arrives as the second argument.
import { fetchUser, now } from "lab";

const team = [4, 6, 9];
const users = await Promise.all(team.map(fetchUser));
console.log(`team: ${users.map((user) => user.name).join(", ")}`);
console.log(`done at ${now()} ms`);

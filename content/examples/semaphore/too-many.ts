import { http, now } from "lab";

const paths = Array.from({ length: 8 }, () => "/delay/1");

// Nothing limits this: all eight requests hit the service
// at the same moment.
await Promise.all(paths.map((path) => http.get(path)));
console.log(`8 requests done at ${now()} ms`);

import { http, now } from "lab";

const urls = ["/json", "/status/500", "/delay/2"];

// allSettled: waits for all of them and never rejects.
const outcomes = await Promise.allSettled(
  urls.map((url) => http.get(url)),
);
outcomes.forEach((outcome, i) => {
  if (outcome.status === "fulfilled")
    console.log(`${urls[i]}: ${outcome.value.status}`);
  else
    console.log(
      `${urls[i]}: failed, ${outcome.reason.message}`,
    );
});
console.log(`allSettled done at ${now()} ms`);

// any: the first success wins; failures only count if every one fails.
const mirrors = ["/status/503", "/delay/2", "/json"];
const first = await Promise.any(
  mirrors.map((url) => http.get(url)),
);
console.log(`any: ${first.url} answered first, at ${now()} ms`);

try {
  await Promise.any([
    http.get("/status/500"),
    http.get("/status/503"),
  ]);
} catch (error) {
  if (error instanceof AggregateError) {
    const statuses = error.errors
      .map((e) => e.status)
      .join(", ");
    console.log(
      `any: every one failed (${statuses}) at ${now()} ms`,
    );
  }
}

import { http, now } from "lab";

// Six requests: some succeed, some fail, the slowest takes 3 s.
const urls = [
  "/delay/1",
  "/status/500",
  "/json",
  "/delay/3",
  "/status/404",
  "/delay/2",
];

// Fetch them all at once, then report every success and every failure.
try {
  const responses = await Promise.all(
    urls.map((url) => http.get(url)),
  );
  const ok = responses.map((response) => response.url);
  console.log(`${ok.length} succeeded: ${ok.join(", ")}`);
  console.log(`0 failed:`);
} catch (error) {
  const { url, status } = error as {
    url: string;
    status: number;
  };
  console.log(`1 failed: ${url} (${status})`);
}
console.log(`reported at ${now()} ms`);

import { fetchUser } from "lab";

const results = await Promise.allSettled([
  fetchUser(1),
  fetchUser(42),
  fetchUser(3),
]);
for (const result of results) {
  console.log(
    result.status === "fulfilled"
      ? result.value.name
      : `failed: ${result.reason.message}`,
  );
}

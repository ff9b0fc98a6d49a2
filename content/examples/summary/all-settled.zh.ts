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
      : `失败：${result.reason.message}`,
  );
}

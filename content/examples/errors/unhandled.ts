import { http } from "lab";

async function saveReport(): Promise<void> {
  await http.get("/status/500"); // rejects after 1 s
  console.log("report saved");
}

// Started and forgotten: no await, no .catch.
saveReport();
console.log("report started, moving on");

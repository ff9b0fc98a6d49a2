async function greet(name: string) {
  console.log(`greet(${name}): before await`);
  await null; // greet pauses here and hands its caller a promise
  console.log(`greet(${name}): after await`);
}

function caller() {
  console.log("caller: calls greet");
  const done = greet("Ada"); // returns at greet's await
  console.log("caller: carries on, in the same job");
  return done;
}

setTimeout(() => console.log("timer: the next job"), 0);
caller();
console.log("top level: the script's last line");

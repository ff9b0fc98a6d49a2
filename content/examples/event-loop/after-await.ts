async function greet(name: string) {
  console.log(`greet(${name}): before await`);
  await null; // the rest of greet becomes a microtask
  console.log(`greet(${name}): after await`);
}

setTimeout(() => console.log("timer"), 0);
greet("Ada");
console.log("top level: greet returned");

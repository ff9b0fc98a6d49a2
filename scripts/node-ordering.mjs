// Prints what real Node prints for every snippet in src/lab/clock/testing/ordering-cases.ts, with
// Node's own timers, so the table's `expected` values can be checked against the real thing.
// Usage: npm run node-ordering
import { build } from 'esbuild';

const out = await build({ entryPoints: ['src/lab/clock/testing/ordering-cases.ts'], bundle: true, write: false, format: 'esm', platform: 'node' });
const { orderingCases } = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);

let mismatches = 0;
for (const { name, code, expected } of orderingCases) {
  const printed = [];
  const log = (text) => printed.push(String(text));
  await new Promise((resolve) => {
    new Function('log', code)(log);
    // Every snippet finishes well within 200 ms of real time.
    setTimeout(resolve, 200);
  });
  const same = JSON.stringify(printed) === JSON.stringify(expected);
  if (!same) mismatches++;
  console.log(`${same ? 'same' : 'DIFFERENT'}  ${name}\n      node: ${JSON.stringify(printed)}`);
}
console.log(mismatches ? `${mismatches} case(s) differ from the table` : 'every case matches the table');
process.exitCode = mismatches ? 1 : 0;

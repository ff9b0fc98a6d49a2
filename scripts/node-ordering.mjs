// Prints what real Node prints for every snippet in src/lab/clock/testing/ordering-cases.ts, with
// Node's own timers, so the table's `expected` values can be checked against the real thing.
// Each snippet runs in a process of its own, so a case whose unhandled rejection ends the
// process (`uncaught`) is seen exactly as Node ends it.
// Usage: npm run node-ordering
import { spawnSync } from 'node:child_process';
import { build } from 'esbuild';

const out = await build({ entryPoints: ['src/lab/clock/testing/ordering-cases.ts'], bundle: true, write: false, format: 'esm', platform: 'node' });
const { orderingCases } = await import(`data:text/javascript,${encodeURIComponent(out.outputFiles[0].text)}`);

let mismatches = 0;
for (const { name, code, expected, uncaught } of orderingCases) {
  // One JSON line per log call on stdout; whatever Node prints when it dies goes to stderr.
  const program = `const log = (text) => process.stdout.write(JSON.stringify(String(text)) + '\\n');\n${code}`;
  const child = spawnSync(process.execPath, ['--input-type=commonjs', '-e', program], { encoding: 'utf8', timeout: 10_000 });
  const printed = child.stdout
    .split('\n')
    .filter(Boolean)
    .map((line) => JSON.parse(line));
  // Node prints the error's stack, whose second line is "Error: <message>" after the source line.
  const died = child.status !== 0 ? (/^Error: (.*)$/m.exec(child.stderr)?.[1] ?? `exit ${child.status}`) : undefined;
  const same = JSON.stringify(printed) === JSON.stringify(expected) && died === uncaught;
  if (!same) mismatches++;
  console.log(`${same ? 'same' : 'DIFFERENT'}  ${name}\n      node: ${JSON.stringify(printed)}${died === undefined ? '' : `, then died: ${died}`}`);
}
console.log(mismatches ? `${mismatches} case(s) differ from the table` : 'every case matches the table');
process.exitCode = mismatches ? 1 : 0;

import { describe, expect, test } from 'vitest';
import { scriptJson } from '../examples';
import { precompile } from '../esbuild';
import { fitQuestion, parseProps, prepareBlock, wrappedRunner, type PredictProps } from './predict-block';
import { runInNode } from './run-in-node';
import type { Question } from '../../components/runner/predict/judge';

/** The HTML a <Runnable> renders, reduced to what the build step reads. */
async function runnerHtml(source: string, file = 'test/snippet.ts'): Promise<string> {
  const program = await precompile(source, file);
  return `<al-runner data-lab="runner" data-editor-key="example:${file}" data-expect="ok"><script type="application/json" data-lab="program">${scriptJson(program)}</script></al-runner>`;
}

const words = { question: 'What happens?', explanation: 'This happens.' };
const block = async (props: PredictProps, source: string) => prepareBlock({ ...words, ...props }, await runnerHtml(source));

const threeLines = `
setTimeout(() => console.log("timer"), 0);
Promise.resolve().then(() => console.log("microtask"));
console.log("sync");`;

describe('the build step of <Predict>', () => {
  test('an order question offers exactly the lines the example printed, in some order', async () => {
    const { question, id } = await block({ kind: 'order' }, threeLines);
    expect(id).toBe('test/snippet.ts');
    expect(question.kind).toBe('order');
    expect([...(question as Extract<Question, { kind: 'order' }>).lines].sort()).toEqual(['microtask', 'sync', 'timer']);
  });

  test('the same lines are shuffled the same way in every build', async () => {
    const first = await block({ kind: 'order' }, threeLines);
    const again = fitQuestion(parseProps({ ...words, kind: 'order' }).question, await runInNode(await precompile(threeLines, 'x')), 'x');
    expect(again).toEqual(first.question);
  });

  test('hideTimes masks the milliseconds in the lines offered', async () => {
    const source = `import { sleep, now } from "lab";\nawait sleep(1000);\nconsole.log(\`a at \${now()} ms\`);\nconsole.log(\`b at \${now()} ms\`);`;
    const { question } = await block({ kind: 'order', hideTimes: true }, source);
    expect([...(question as Extract<Question, { kind: 'order' }>).lines].sort()).toEqual(['a at … ms', 'b at … ms']);
  });

  test('an order question fails the build when the example prints fewer than two different lines', async () => {
    await expect(block({ kind: 'order' }, 'console.log("only one");')).rejects.toThrow(
      '<Predict kind="order"> around content/examples/test/snippet.ts: the example must print at least two different lines to put in order; it printed ["only one"]',
    );
  });

  test('a count question fails the build when the timeline has no span to count', async () => {
    await expect(block({ kind: 'count', inFlight: 'request' }, 'console.log("no requests here");')).rejects.toThrow(
      'there is nothing to measure: its timeline has no span matching "request"',
    );
  });

  test('a count question counts the most requests in flight at once', async () => {
    const source = `import { createClient } from "lab";\nconst client = createClient({ limit: 2 });\nawait Promise.all([1, 2, 3, 4, 5].map(() => client.get("/delay/1")));`;
    await expect(block({ kind: 'count', inFlight: 'request', choices: [1, 2, 5] }, source)).resolves.toBeTruthy();
    await expect(block({ kind: 'count', inFlight: 'request', choices: [1, 3, 5] }, source)).rejects.toThrow(
      'the run measured 2, and none of the choices [1,3,5] is that number: did the example change?',
    );
  });

  test('a time question fails the build when the example changed behaviour and no choice fits any more', async () => {
    const before = `import { sleep } from "lab";\nawait Promise.all([sleep(1000), sleep(1000), sleep(1000)]);`;
    const after = `import { sleep } from "lab";\nawait sleep(1000); await sleep(1000); await sleep(1000); await sleep(1000); await sleep(1000);`;
    await expect(block({ kind: 'time', choices: [1000, 2000, 3000] }, before)).resolves.toBeTruthy();
    await expect(block({ kind: 'time', choices: [1000, 2000, 3000] }, after)).rejects.toThrow(
      /: the run measured 50\d\d ms, and none of the choices \[1000,2000,3000\] is within 15 % of it: did the example change\?$/,
    );
  });

  test('a time question on a line fails the build when that line is never printed', async () => {
    await expect(block({ kind: 'time', line: 'heartbeat', nth: 3, choices: [100, 200, 300] }, 'console.log("heartbeat");')).rejects.toThrow(
      'there is nothing to measure: it printed no line containing "heartbeat" 3 times',
    );
  });

  test('an example that never finishes fails the build', async () => {
    const source = `import { sleep } from "lab";\nfor (;;) await sleep(60_000);`;
    await expect(block({ kind: 'time', choices: [1, 2, 3] }, source)).rejects.toThrow('the example did not finish when run at build time (timeout)');
  }, 20_000);

  test('the block must wrap exactly one runner', () => {
    expect(() => wrappedRunner('<p>no runner</p>')).toThrow('<Predict>: wraps exactly one <Runnable>, found 0 runners inside');
  });

  test.each([
    [{ kind: 'guess' }, '<Predict>: kind must be "order", "time" or "count", got "guess"'],
    [{ kind: 'order', question: '' }, `<Predict kind="order">: question is required: the question, in the page's language; got ""`],
    [
      { kind: 'time', ...words, choices: [1000, 2000] },
      '<Predict kind="time">: choices must be 3 or 4 different numbers of milliseconds, like choices={[1000, 2000, 3000]}; got [1000,2000]',
    ],
    [
      { kind: 'count', ...words },
      '<Predict kind="count">: say what to count with exactly one of inFlight="request", spans="sleep" or lines="heartbeat"; got none',
    ],
    [{ kind: 'order', ...words, choices: [1, 2, 3] }, '<Predict kind="order">: unknown prop choices=[1,2,3]; a order question takes hideTimes'],
    [{ kind: 'count', ...words, lines: 'x', choices: [1, 1.5, 2] }, '<Predict kind="count">: choices must be 3 or 4 different whole numbers'],
  ] as Array<[PredictProps, string]>)('props %j are refused with a message naming the component', (props, message) => {
    expect(() => parseProps(props)).toThrow(message);
  });
});

/**
 * Every exercise's programs through the real sandbox (harness.ts): starters and cheats must fail
 * at least one check, solutions and alternatives must pass them all. A cheat that passes or an
 * alternative that fails breaks the test suite, naming the program and the verdicts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { RunRecord, Verdict } from '../../src/lab/types';
import { startHarness, type Harness } from './harness';
import { exerciseSlugs, exercisesDir, leadingComment, programsOf } from './programs';

type Judge = (run: RunRecord) => Verdict[];

let harness: Harness;
beforeAll(async () => {
  harness = await startHarness();
}, 60_000);
afterAll(async () => {
  await harness?.close();
});

const describeVerdicts = (verdicts: Verdict[]) => verdicts.map((v) => `${v.pass ? '✓' : '✗'} ${v.en}`).join('\n');

for (const slug of exerciseSlugs()) {
  describe(slug, () => {
    const programs = programsOf(slug);
    let judge: Judge;
    beforeAll(async () => {
      judge = ((await import(`${exercisesDir}/${slug}/check.ts`)) as { default: Judge }).default;
    });

    it('has at least two cheats and two alternatives, each saying what it is in a comment on top', () => {
      const cheats = programs.filter((p) => p.name.startsWith('cheats/'));
      const alternatives = programs.filter((p) => p.name.startsWith('alternatives/'));
      expect(cheats.length, 'cheats/*.ts').toBeGreaterThanOrEqual(2);
      expect(alternatives.length, 'alternatives/*.ts').toBeGreaterThanOrEqual(2);
      for (const program of [...cheats, ...alternatives]) expect(leadingComment(program.source), program.name).toBeTruthy();
    });

    for (const program of programs) {
      it(`${program.name} ${program.expect === 'pass' ? 'passes every check' : 'fails a check'}`, async () => {
        // Real CPU time counts on the run's clock, and a few checks compare real measurements
        // (measure-await's two loops, a worker's compute time): beside other test workers a correct
        // program can read slow once. It gets three runs to pass, as a reader who runs it again
        // would; a cheat or a starter must fail on its one run.
        const attempts = program.expect === 'pass' ? 3 : 1;
        let run = await harness.run(program.source);
        let verdicts = judge(run);
        for (let tries = 1; tries < attempts && !verdicts.every((verdict) => verdict.pass); tries++) {
          run = await harness.run(program.source);
          verdicts = judge(run);
        }
        const passed = verdicts.every((verdict) => verdict.pass);
        const why = `${slug}/${program.name} (${run.status}, ${run.virtualMs.toFixed(0)} ms)\n${describeVerdicts(verdicts)}`;
        expect(passed, why).toBe(program.expect === 'pass');
        // Every message exists in both languages.
        for (const verdict of verdicts) expect(verdict.zh.length, verdict.en).toBeGreaterThan(0);
      }, 60_000);
    }
  });
}

import { checks, lineOf, order } from '@lab/checks';
import type { Check } from '@lab/checks';

/** The report line "<name> at N ms: a → b" lists exactly `expected` (the text is the point here). */
function reportShows(name: string, expected: string): Check {
  return (run) => {
    const line = lineOf(run, new RegExp(`^${name} at `));
    const shown = line?.text.replace(/^[^:]*:\s*/, '');
    if (shown === undefined) return { pass: false, en: `the ${name} report was never printed`, zh: `没有打印 ${name} 报告` };
    return {
      pass: shown === expected,
      en: `the ${name} report shows "${shown}", expected "${expected}"`,
      zh: `${name} 报告显示的是 "${shown}"，应为 "${expected}"`,
    };
  };
}

/**
 * When a report was printed, from the turns the sandbox stamped on each line: turn 0 is the
 * module's synchronous code, turn 1 its microtasks, and every timer that fires starts a new turn.
 */
function reportedIn(name: string, test: (turn: number) => boolean, expected: { en: string; zh: string }): Check {
  const where = (turn: number | undefined, lang: 'en' | 'zh') => {
    if (turn === undefined) return lang === 'en' ? 'at an unknown moment' : '在未知的时刻';
    if (turn === 0) return lang === 'en' ? 'by the synchronous code' : '由同步代码';
    if (turn === 1) return lang === 'en' ? 'in a microtask, before any timer ran' : '在微任务里、任何定时器运行之前';
    return lang === 'en' ? `after ${turn - 1} timer(s) had run` : `在 ${turn - 1} 个定时器运行之后`;
  };
  return (run) => {
    const line = lineOf(run, new RegExp(`^${name} at `));
    if (!line) return { pass: false, en: `the ${name} report was never printed`, zh: `没有打印 ${name} 报告` };
    const pass = line.turn !== undefined && test(line.turn);
    return {
      pass,
      en: `the ${name} report was printed ${where(line.turn, 'en')}; expected ${expected.en}`,
      zh: `${name} 报告是${where(line.turn, 'zh')}打印的；应该${expected.zh}`,
    };
  };
}

export default checks(
  reportShows('early', 'sync → microtask'),
  reportShows('late', 'sync → microtask → timer'),
  reportedIn('early', (turn) => turn === 1, { en: 'in a microtask, before any timer ran', zh: '在微任务里、任何定时器运行之前打印' }),
  reportedIn('late', (turn) => turn >= 2, { en: 'after the first timer had run', zh: '在第一个定时器运行之后打印' }),
  order(['early at', 'late at']),
);

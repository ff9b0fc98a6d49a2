import { checks, order } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

/** The report line "<name> at N ms: a → b" lists exactly `expected`. */
function reportShows(name: string, expected: string): Check {
  return (run) => {
    const line = run.console.find((entry) => entry.text.startsWith(`${name} at `));
    const shown = line?.text.replace(/^[^:]*:\s*/, '');
    if (shown === undefined) {
      return { pass: false, en: `the ${name} report was never printed`, zh: `没有打印 ${name} 报告` };
    }
    return {
      pass: shown === expected,
      en: `the ${name} report shows "${shown}", expected "${expected}"`,
      zh: `${name} 报告显示的是 "${shown}"，应为 "${expected}"`,
    };
  };
}

export default checks(
  reportShows('early', 'sync → microtask'),
  reportShows('late', 'sync → microtask → timer'),
  order(['early at', 'late at']),
);

/**
 * What Step through needs beyond a normal run, loaded only when the reader asks for it (acorn
 * and the panel are not in any page's first download): the instrumenter for the program, and
 * the panel with the line marks it puts on the code.
 */
import type { CompiledProgram } from '../../../lab';
import type { Locale } from '../../../i18n';
import type { RunRecord } from '../../../lab';
import { instrumentProgram } from '../../../lab/inspector';
import { buildSteps } from '../../../lab/inspector';
import { InspectorView } from './inspector-view';
import { outputPlayhead } from './output-playhead';

export { instrumentProgram };

export interface OpenInspectorOptions {
  /** The <al-runner> element. */
  runner: HTMLElement;
  record: RunRecord;
  locale: Locale;
  /** The open editor, when there is one; otherwise the static code gets the mark. */
  highlightInEditor: ((line: number | undefined) => void) | undefined;
  onClose(): void;
}

/** Marks line `line` of the highlighted static code (0: none). */
function markStaticLine(runner: HTMLElement, line: number): void {
  const lines = runner.querySelectorAll<HTMLElement>('[data-lab="static-code"] .ec-line');
  lines.forEach((element, index) => element.classList.toggle('al-inspector-line', index + 1 === line));
}

/** Builds the replay of a recorded run and shows the panel below the runner's code. */
export function openInspector({ runner, record, locale, highlightInEditor, onClose }: OpenInspectorOptions): InspectorView {
  const building = performance.now();
  const replay = buildSteps(record.inspector ?? { events: [], truncated: false }, record.console.length);
  // The replay's build alone, for npm run bench's steps per second.
  performance.measure('al:replay-build', { start: building });
  const view = new InspectorView({
    replay,
    locale,
    status: record.status,
    totalMs: record.virtualMs,
    console: runner.querySelector('[data-lab="console"]'),
    highlight: (line) => {
      if (highlightInEditor) highlightInEditor(line > 0 ? line : undefined);
      else markStaticLine(runner, line);
    },
    playhead: outputPlayhead(runner),
    onClose,
  });
  const code = runner.querySelector('.al-runner__code');
  if (code) code.after(view.element);
  else runner.append(view.element);
  view.go(1);
  view.element.focus();
  return view;
}

/** The program rewritten so the sandbox can record it. */
export function recordable(program: CompiledProgram): CompiledProgram {
  return instrumentProgram(program);
}

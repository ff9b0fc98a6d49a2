/**
 * The solution view on touch devices (`pointer: coarse`): the reader's code and the solution as
 * two labelled plain code blocks, one above the other, the solution's lines that the reader's
 * code does not have marked. Monaco's diff editor is megabytes of script that phones handle badly,
 * and what a phone reader needs here is to read the solution; "Put the solution in the editor"
 * works the same either way. Same signature as monaco-diff.ts's createDiff.
 */
import type { DiffHandle, DiffLabels } from './monaco-diff';

function codeBlock(heading: string, code: string, known?: Set<string>): HTMLElement {
  const figure = document.createElement('figure');
  figure.className = 'al-plain-diff__side';
  const caption = document.createElement('figcaption');
  caption.textContent = heading;
  const pre = document.createElement('pre');
  pre.className = 'al-plain-diff__code';
  // Scrollable sideways on a narrow screen, so it must take focus (keyboards attached to tablets).
  pre.tabIndex = 0;
  pre.setAttribute('aria-label', heading);
  for (const text of code.split('\n')) {
    const line = document.createElement('span');
    line.className = 'al-plain-diff__line';
    line.textContent = `${text}\n`;
    if (known && text.trim() !== '' && !known.has(text.trim())) line.dataset.changed = '';
    pre.append(line);
  }
  figure.append(caption, pre);
  return figure;
}

export function createDiff(host: HTMLElement, original: string, modified: string, ariaLabel: string, labels?: DiffLabels): DiffHandle {
  const container = document.createElement('div');
  container.className = 'al-plain-diff';
  container.setAttribute('role', 'group');
  container.setAttribute('aria-label', ariaLabel);
  const yours = new Set(original.split('\n').map((line) => line.trim()));
  container.append(codeBlock(labels?.original ?? ariaLabel, original), codeBlock(labels?.modified ?? ariaLabel, modified, yours));
  host.append(container);
  return { dispose: () => container.remove() };
}

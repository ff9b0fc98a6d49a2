/**
 * The small icon before a finished run's status. Drawn as SVG, not as a character: a symbol the
 * reader's fonts lack (⏱ has no glyph in common Linux fonts) sends the browser searching every
 * installed font when the status is first laid out, which froze the page for ~370 ms at the very
 * moment a runaway loop was killed.
 */
import type { RunStatus } from '../../lab';

const svgNs = 'http://www.w3.org/2000/svg';

/** 16 × 16 strokes in currentColor, so the icon takes the status line's color. */
const shapes: Record<RunStatus, string> = {
  ok: 'M3 8.5l3.2 3.2L13 4.8',
  error: 'M4 4l8 8M12 4l-8 8',
  stopped: 'M4.5 4.5h7v7h-7z',
  timeout: 'M8 5v3.5l2.2 1.4M6.5 1.5h3M8 1.5v1.7M13 9a5 5 0 1 1-10 0a5 5 0 0 1 10 0z',
};

export function statusIcon(status: RunStatus): SVGSVGElement {
  const svg = document.createElementNS(svgNs, 'svg');
  svg.setAttribute('viewBox', '0 0 16 16');
  svg.setAttribute('class', 'al-status-icon');
  svg.setAttribute('aria-hidden', 'true');
  const path = document.createElementNS(svgNs, 'path');
  path.setAttribute('d', shapes[status]);
  svg.append(path);
  return svg;
}

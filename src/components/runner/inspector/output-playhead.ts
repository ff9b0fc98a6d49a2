/**
 * The inspector's playhead on the run's own output timeline (timeline.ts): a vertical line at
 * the current step's time, drawn on the chart's time scale (its svg's data-x0/x1/end-ms), and
 * removed with the panel. A run without spans has no chart, and then no playhead.
 */
const svgNs = 'http://www.w3.org/2000/svg';

export interface OutputPlayhead {
  move(ms: number): void;
  remove(): void;
}

export function outputPlayhead(runner: HTMLElement): OutputPlayhead {
  const svg = runner.querySelector<SVGSVGElement>('[data-lab="timeline"] svg.al-tl[data-x0]');
  if (!svg) return { move: () => undefined, remove: () => undefined };
  const scale = (name: string) => Number(svg.getAttribute(`data-${name}`));
  const [x0, x1, endMs] = [scale('x0'), scale('x1'), scale('end-ms')];
  const line = document.createElementNS(svgNs, 'line');
  line.setAttribute('class', 'al-tl-playhead');
  line.setAttribute('data-lab', 'playhead');
  line.setAttribute('y1', String(scale('y0')));
  line.setAttribute('y2', String(scale('y1')));
  svg.append(line);
  return {
    move(ms) {
      const x = x0 + ((x1 - x0) * Math.min(Math.max(ms, 0), endMs)) / (endMs || 1);
      line.setAttribute('x1', x.toFixed(1));
      line.setAttribute('x2', x.toFixed(1));
      line.setAttribute('data-ms', String(Math.round(ms)));
    },
    remove: () => line.remove(),
  };
}

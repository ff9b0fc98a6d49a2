import { checks, longestBlock, outputLines, spanCount, spansMatching, withHint, workPerTurnAtMost } from '@lab/checks';
import type { Check } from '@lab/checks';

/** The heartbeat still beat while the thumbnails were being made (between the first and the last). */
const beatDuringTheWork: Check = (run) => {
  const chunks = spansMatching(run.spans, 'blockFor(20)');
  if (chunks.length === 0) return { pass: false, en: 'no thumbnail was made', zh: '一张缩略图都没有做' };
  const from = Math.min(...chunks.map((span) => span.start));
  const to = Math.max(...chunks.map((span) => span.end));
  // A beat is a line printed by a timer (turn 2 and later), not by the thumbnail loop itself.
  const beats = outputLines(run).filter(
    (entry) => entry.text.includes('heartbeat') && entry.at > from && entry.at < to && !chunks.some((c) => c.endTurn === entry.turn),
  );
  return {
    pass: beats.length > 0,
    en: `${beats.length} heartbeat(s) between ${Math.round(from)} ms and ${Math.round(to)} ms, while the thumbnails were made (expected at least one)`,
    zh: `在制作缩略图期间（${Math.round(from)}–${Math.round(to)} 毫秒）心跳了 ${beats.length} 次（至少应有 1 次）`,
  };
};

export default checks(
  withHint(spanCount('blockFor(20)', 10), {
    en: 'make all 10 thumbnails, each one blockFor(20)',
    zh: '10 张缩略图都要做，每张一次 blockFor(20)',
  }),
  // Judged from the spans' turns, not from how long the loop was measured blocked: a busy
  // machine stretches blocked time, never the number of thumbnails made in one turn.
  withHint(workPerTurnAtMost('blockFor(20)', 100), (run) => {
    const band = longestBlock(run);
    const where = band ? ` (${Math.round(band.start)}–${Math.round(band.end)} ms)` : '';
    const whereZh = band ? `（${Math.round(band.start)}–${Math.round(band.end)} 毫秒）` : '';
    return {
      en: `look for the red "loop blocked" band in the timeline${where}: the loop needs a turn between thumbnails`,
      zh: `看看时间线上红色的“事件循环被阻塞”区域${whereZh}：每做完一张缩略图，都要让事件循环转一圈`,
    };
  }),
  withHint(beatDuringTheWork, {
    en: 'keep the heartbeat running while the thumbnails are made',
    zh: '制作缩略图期间要让心跳继续运行',
  }),
);

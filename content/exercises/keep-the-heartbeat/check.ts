import { checks, heartbeatGapAtMost, spansMatching, withHint } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

/** All 10 thumbnails were made, each as one blockFor(20). */
const didAllTheWork: Check = (run) => {
  const chunks = spansMatching(run.spans, 'blockFor(20)').length;
  return {
    pass: chunks === 10,
    en: `made ${chunks} of 10 thumbnails (blockFor(20) calls)`,
    zh: `做了 ${chunks} 张缩略图（共应 10 张，即 10 次 blockFor(20)）`,
  };
};

export default checks(
  didAllTheWork,
  withHint(heartbeatGapAtMost(150, 'heartbeat'), {
    en: 'look for the red "loop blocked" band in the timeline: the loop needs a turn between thumbnails',
    zh: '看看时间线上红色的“事件循环被阻塞”区域：每做完一张缩略图，都要让事件循环转一圈',
  }),
);

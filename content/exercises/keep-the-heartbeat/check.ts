import { checks, heartbeatGapAtMost, spansMatching, withHint } from '../../../src/lab/checks';
import type { Check } from '../../../src/lab/types';

/** All 40 thumbnails were made, each as one blockFor(10). */
const didAllTheWork: Check = (run) => {
  const chunks = spansMatching(run.spans, 'blockFor(10)').length;
  return {
    pass: chunks === 40,
    en: `made ${chunks} of 40 thumbnails (blockFor(10) calls)`,
    zh: `做了 ${chunks} 张缩略图(共应 40 张,即 40 次 blockFor(10))`,
  };
};

export default checks(
  didAllTheWork,
  withHint(heartbeatGapAtMost(150, 'heartbeat'), {
    en: 'look for the red "loop blocked" band in the timeline: the loop needs a turn between thumbnails',
    zh: '看看时间线上红色的“事件循环被阻塞”区域:每做完一张缩略图,都要让事件循环转一圈',
  }),
);

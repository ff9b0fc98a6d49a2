import { checks, elapsedAbout, inFlightAtLeast, printed, withHint } from '../../../src/lab/checks';

// fetchUser(4) is the slowest of the three at 1048 ms (6: 922 ms, 9: 1033 ms).
export default checks(
  withHint(elapsedAbout(1048, 150), {
    en: 'are you awaiting each fetchUser before starting the next?',
    zh: '是不是每次都先 await 完一个 fetchUser，才开始下一个？',
  }),
  inFlightAtLeast('fetchUser', 3),
  withHint(printed('team: Margaret, Barbara, Ken'), {
    en: 'the names should follow the team list (4, 6, 9), not the order in which the answers arrived',
    zh: '名字应该按 team 列表（4、6、9）的顺序排列，而不是按结果返回的先后',
  }),
);

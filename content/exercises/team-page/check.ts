import { checks, elapsedAbout, inFlightAtLeast, nothingAwaited, printedAfter, ranExactly, userLatency, findUser, withHint } from '@lab/checks';

const team = [4, 6, 9];
// Computed from the lab's own directory, not typed in: the names in team order, and the
// slowest lookup's latency (the run can be no shorter).
const expectedLine = `team: ${team.map((id) => findUser(id)?.name).join(', ')}`;
const slowest = Math.max(...team.map(userLatency));

export default checks(
  withHint(
    elapsedAbout(slowest, 150),
    (run) =>
      nothingAwaited(run) ?? {
        en: 'are you awaiting each fetchUser before starting the next?',
        zh: '是不是每次都先 await 完一个 fetchUser，才开始下一个？',
      },
  ),
  withHint(
    ranExactly(
      'fetchUser',
      team.map((id) => `fetchUser(${id})`),
    ),
    {
      en: 'look up exactly the team: 4, 6 and 9, once each',
      zh: '只查 team 里的人：4、6、9，每人一次',
    },
  ),
  inFlightAtLeast('fetchUser', 3),
  withHint(
    printedAfter(expectedLine, 'fetchUser'),
    (run) =>
      nothingAwaited(run) ?? {
        en: 'the names should follow the team list (4, 6, 9), not the order in which the answers arrived, and be printed once they have arrived',
        zh: '名字应该按 team 列表（4、6、9）的顺序排列，而不是按结果返回的先后，并且要等结果都到了再打印',
      },
  ),
);

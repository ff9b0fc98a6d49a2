import { checks, elapsedAbout, inFlightAtLeast, maxInFlight, printed, withHint } from '../../../src/lab/checks';

// /flaky fails on every third call, so 3 of the 10 requests fail (503).
// 10 requests, 3 at a time, 1 s each: ceil(10 / 3) = 4 rounds, about 4 s.
export default checks(
  withHint(maxInFlight('request', 3), {
    en: 'send every request through one client made with createClient({ limit: 3 })',
    zh: '所有请求都要通过同一个 createClient({ limit: 3 }) 创建的客户端发出',
  }),
  withHint(inFlightAtLeast('request', 3), {
    en: 'are the requests waiting for each other? Start them all: the client queues the extra ones',
    zh: '请求之间是不是在互相等待？把它们全部发出去，多出来的由客户端排队',
  }),
  withHint(elapsedAbout(4000, 300), {
    en: '10 requests, 3 at a time, 1 s each: that is 4 rounds',
    zh: '10 个请求，每次 3 个，每个 1 秒：一共 4 轮',
  }),
  withHint(printed('7 succeeded, 3 failed'), {
    en: 'keep every outcome, failures included, and count the ones that were rejected',
    zh: '保留每个请求的结果（包括失败的），再数一数有几个被 reject 了',
  }),
);

import { checks, elapsedAbout, inFlightAtLeast, printed, withHint } from '../../../src/lab/checks';

export default checks(
  withHint(elapsedAbout(1000, 100), {
    en: 'are you awaiting each call before starting the next?',
    zh: '是不是每次都先 await 完一个，才开始下一个？',
  }),
  inFlightAtLeast('sleep', 3),
  printed('tea is ready / coffee is ready / juice is ready'),
);

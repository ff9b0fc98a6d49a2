// Vitest setup: browser code under test looks its UI strings up as a page would
// (src/i18n/page-strings.ts); in Node there is no page, so both languages are given here.
import { uiStrings } from '../index';
import { providePageStrings } from '../page-strings';

providePageStrings('en', uiStrings.en);
providePageStrings('zh', uiStrings.zh);

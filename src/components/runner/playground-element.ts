/**
 * <al-playground>: keeps the playground's URL and saved code in step with its editor. Opening a
 * `#code/` link loads that code; every edit rewrites the hash (replaceState, so Back still
 * leaves the page) and saves the code; `?clock=real` selects the real clock. A new `#code/` hash
 * on the open page (a link pasted into the address bar) replaces the code.
 */
import { clockFromSearch, decodeShareHash, encodeShareHash, initialCode } from '../../lab/share-link';
import { t } from '../../i18n/page-strings';
import type { RunnerElement } from './runner-element';
import { savedWork } from './lab-services';
import { codeChangeEvent, type CodeChangeDetail } from './events';

const savedKey = 'playground';

class PlaygroundElement extends HTMLElement {
  connectedCallback(): void {
    const runner = this.querySelector<RunnerElement>('al-runner');
    if (!runner) return;
    const locale = this.dataset.locale === 'zh' ? 'zh' : 'en';
    const message = this.querySelector<HTMLElement>('[data-lab="playground-message"]')!;
    const fallback = runner.value;
    const start = initialCode({ location, saved: savedWork.loadCode(savedKey, ''), fallback });
    if (start.from !== 'fallback') runner.setCode(start.code, { save: false });
    if (start.from === 'link') message.textContent = t(locale, 'playground.fromLink');
    if (clockFromSearch(location.search) === 'real') {
      const real = runner.querySelector<HTMLInputElement>('.al-runner__clock input[value="real"]');
      if (real) real.checked = true;
    }
    // A share link pasted into the address bar of an open playground loads too.
    window.addEventListener('hashchange', () => {
      const linked = decodeShareHash(location.hash);
      if (linked === undefined || linked === runner.value) return;
      runner.setCode(linked, { save: false });
      message.textContent = t(locale, 'playground.fromLink');
    });
    runner.addEventListener(codeChangeEvent, (event) => {
      const { code } = (event as CustomEvent<CodeChangeDetail>).detail;
      history.replaceState(history.state, '', `${location.pathname}${location.search}${encodeShareHash(code)}`);
      savedWork.saveCode(savedKey, '', code);
    });
    this.querySelector('[data-action="copy-link"]')?.addEventListener('click', async () => {
      const url = `${location.origin}${location.pathname}${location.search}${encodeShareHash(runner.value)}`;
      history.replaceState(history.state, '', url);
      try {
        await navigator.clipboard.writeText(url);
        message.textContent = t(locale, 'playground.copied');
      } catch {
        message.textContent = t(locale, 'playground.copyFailed');
      }
    });
  }
}

if (!customElements.get('al-playground')) customElements.define('al-playground', PlaygroundElement);

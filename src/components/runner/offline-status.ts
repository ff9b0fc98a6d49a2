/**
 * <al-offline-status>: registers the service worker (after the page has loaded, so it never
 * competes with reading) and says what works offline: reading once the site is precached, and
 * editing and running once the editor and the compiler have been fetched and cached too.
 */
import { holdsEveryHeavyPart } from '../../shared/heavy-parts.mjs';
import { swCaches, withBase } from '../../base-path';
import { runCompleteEvent } from './events';

async function heavyPartsCached(): Promise<boolean> {
  if (!('caches' in window)) return false;
  const cache = await caches.open(swCaches.onDemand);
  return holdsEveryHeavyPart((await cache.keys()).map((request) => request.url));
}

class OfflineStatus extends HTMLElement {
  connectedCallback(): void {
    if (!('serviceWorker' in navigator) || import.meta.env.DEV) return;
    const status = this.querySelector<HTMLElement>('[data-lab="offline-status"]')!;
    const update = this.querySelector<HTMLElement>('[data-lab="update"]')!;
    const show = async () => {
      status.textContent = (await heavyPartsCached()) ? (this.dataset.everything ?? '') : (this.dataset.reading ?? '');
    };
    const register = async () => {
      // Registration can fail or be refused (private modes, test browsers): the site works without.
      const registration = await navigator.serviceWorker.register(withBase('/sw.js'), { scope: withBase('/') }).catch(() => undefined);
      if (!registration) return;
      const offerUpdate = () => {
        if (!registration.waiting || !navigator.serviceWorker.controller) return;
        update.hidden = false;
        update.querySelector('button')!.onclick = () => registration.waiting?.postMessage('skip-waiting');
      };
      offerUpdate();
      registration.addEventListener('updatefound', () => registration.installing?.addEventListener('statechange', offerUpdate));
      await navigator.serviceWorker.ready;
      await show();
    };
    let reloading = false;
    navigator.serviceWorker.addEventListener('controllerchange', () => {
      // Only after the reader pressed "Update now" (the first install claims without a reload).
      if (!update.hidden && !reloading) {
        reloading = true;
        location.reload();
      }
    });
    // The editor and compiler land in the cache when first used: refresh the line then.
    document.addEventListener(runCompleteEvent, () => void show());
    if (document.readyState === 'complete') void register();
    else window.addEventListener('load', () => void register(), { once: true });
  }
}

if (!customElements.get('al-offline-status')) customElements.define('al-offline-status', OfflineStatus);

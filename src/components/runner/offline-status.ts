/**
 * <al-offline-status>: registers the service worker and says what works offline: reading once the
 * site is precached, and editing and running once the editor and the compiler have been fetched
 * and cached too.
 *
 * The worker is registered a little after the page has loaded, and only while the page loads no
 * heavy part (heavy-loads.ts): installing it downloads and stores the whole site, and a reader who
 * clicks into code at once should get the machine for the editor. What the page loaded before the
 * worker took over, the worker then stores when the page names them (`adopt-heavy-parts`).
 */
import { holdsEveryHeavyPart } from '../../shared/heavy-parts.mjs';
import { swCaches, withBase } from '../../base-path';
import { runCompleteEvent } from './events';
import { heavyLoadsSettled, heavyPartsLoaded } from './heavy-loads';

/** How long after the load event the first registration waits: a reader's first seconds. */
const registerAfterLoadMs = 2000;
const adoptTimeoutMs = 10_000;

async function heavyPartsCached(): Promise<boolean> {
  if (!('caches' in window)) return false;
  const cache = await caches.open(swCaches.onDemand);
  return holdsEveryHeavyPart((await cache.keys()).map((request) => request.url));
}

/** How many heavy parts the worker has been told of: each run ends with a check, mostly of nothing new. */
let named = 0;

/** Names the heavy parts this page loaded to the worker, which stores those it lacks; resolves when it has. */
function adoptHeavyParts(worker: ServiceWorker): Promise<void> {
  const parts = heavyPartsLoaded();
  if (parts.length === named) return Promise.resolve();
  named = parts.length;
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => resolve();
    worker.postMessage({ kind: 'adopt-heavy-parts', parts }, [channel.port2]);
    // A worker of an older deploy does not answer: the status line is redrawn all the same.
    setTimeout(resolve, adoptTimeoutMs);
  });
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

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
      await store();
    };
    /** Once heavy parts have loaded: the worker stores those it did not see, then the line is redrawn. */
    const store = async () => {
      const { active } = await navigator.serviceWorker.ready;
      await heavyLoadsSettled();
      if (active) await adoptHeavyParts(active);
      await show();
    };
    const registerWhenQuiet = async () => {
      // On a return visit the worker is in charge already, and registering only checks for a new deploy.
      if (!navigator.serviceWorker.controller) {
        await wait(registerAfterLoadMs);
        await heavyLoadsSettled();
      }
      await register();
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
    document.addEventListener(runCompleteEvent, () => void store());
    if (document.readyState === 'complete') void registerWhenQuiet();
    else window.addEventListener('load', () => void registerWhenQuiet(), { once: true });
  }
}

if (!customElements.get('al-offline-status')) customElements.define('al-offline-status', OfflineStatus);

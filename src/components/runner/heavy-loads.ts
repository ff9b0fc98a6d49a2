/**
 * The heavy parts (src/shared/heavy-parts.mjs) the page is loading now, and those it has loaded.
 * The service worker's first install waits until none is loading (offline-status.ts): its
 * precache is a few MB of downloads and cache writes, and on a two-core machine it made a click at
 * load wait 0.7 s longer for Monaco (`click → Monaco focused` with and without a service worker).
 * The parts loaded before the worker took over are then named to it, and it stores them.
 * Standalone and tiny: the footer's script imports it without the runner's code.
 */
import type { heavyPartNames } from '../../shared/heavy-parts.mjs';

export type HeavyPartName = (typeof heavyPartNames)[number];

let pending = 0;
const waiting: Array<() => void> = [];
const loaded = new Set<HeavyPartName>();

/** Counts `load` as loading `parts` until it settles; returns it unchanged. */
export function asHeavyLoad<T>(load: Promise<T>, parts: readonly HeavyPartName[]): Promise<T> {
  pending++;
  const settled = () => {
    if (--pending === 0) for (const resume of waiting.splice(0)) resume();
  };
  load.then(() => {
    for (const part of parts) loaded.add(part);
    settled();
  }, settled);
  return load;
}

/** Resolves once no heavy part is loading (at once when none is). */
export function heavyLoadsSettled(): Promise<void> {
  return pending === 0 ? Promise.resolve() : new Promise((resolve) => waiting.push(resolve));
}

/** The heavy parts this page has loaded, or will load by itself now that those have. */
export const heavyPartsLoaded = (): HeavyPartName[] => [...loaded];

import { describe, expect, test } from 'vitest';
import { heavyPartNames, heavyPartPath, holdsEveryHeavyPart } from './heavy-parts.mjs';
import { heavyPartsByName, onDemandPaths } from '../integrations/service-worker.mjs';

const onDemand = onDemandPaths('/');
const onDemandUnderBase = onDemandPaths('/async-lab/');

// Built names as Vite writes them (from a real dist/_astro listing).
const heavy = [
  '/_astro/monaco-editor.CHdWIJqg.js',
  '/_astro/editor.api.C8Rd2HF0.js',
  '/_astro/editor.worker-CRz__AKW.js',
  '/_astro/ts.worker-DvEKW8Yk.js',
  '/_astro/esbuild.BaXVPFT2.wasm',
  '/_astro/compiler-worker-CHHq5LzR.js',
];
const light = [
  '/_astro/lab-services.Cy2MycVL.js',
  '/_astro/tsMode.abcdefgh.js',
  '/_astro/load-editor.Cv5hNpQC.js',
  '/_astro/page.cNngjUgL.js',
  '/lessons/why-async/',
  '/sandbox.html',
  '/sandbox-recorder.js',
  '/sandbox-format.js',
];

describe('the heavy parts', () => {
  test('one sample per name', () => {
    expect(heavy).toHaveLength(heavyPartNames.length);
  });

  test.each(heavy)('%s is heavy for the service worker and for the offline status', (path) => {
    expect(heavyPartPath.test(path)).toBe(true);
    expect(onDemand.test(path)).toBe(true);
    expect(onDemandUnderBase.test(`/async-lab${path}`)).toBe(true);
    expect(onDemandUnderBase.test(path)).toBe(false);
  });

  test.each(light)('%s is precached, not on demand', (path) => {
    expect(onDemand.test(path)).toBe(false);
    expect(heavyPartPath.test(path)).toBe(false);
  });

  test('the offline status says "editing works offline" only once the service worker has cached every part', () => {
    expect(holdsEveryHeavyPart(heavy.map((path) => `http://127.0.0.1:4321${path}`))).toBe(true);
    for (const missing of heavy) {
      expect(holdsEveryHeavyPart(heavy.filter((path) => path !== missing)), missing).toBe(false);
    }
  });

  test("the service worker knows each part's built file by its name, and nothing else as one", () => {
    expect(heavyPartsByName([...light, ...heavy])).toEqual(Object.fromEntries(heavyPartNames.map((name, index) => [name, [heavy[index]]])));
  });
});

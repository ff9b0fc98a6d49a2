import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults } from 'axe-core';

const axeSource: string = createRequire(import.meta.url)('axe-core').source;

/**
 * Makes axe-core available in every document the page loads. As an init script it is compiled
 * while the page loads (about 0.5 s); injected afterwards, once per check, it cost 1.6 s, which
 * was most of the accessibility suite's time.
 */
export const installAxe = (page: Page) => page.addInitScript(axeSource);

/** axe's serious and critical violations on the page as it is now, one readable line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<AxeResults> } }).axe;
    // The only frame is the sandbox: it has no content of its own, and it is opaque to axe.
    return (await axe.run(document, { resultTypes: ['violations'], iframes: false })).violations;
  });
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes.map((node) => node.target.join(' ')).slice(0, 5).join('\n  ')}`);
}

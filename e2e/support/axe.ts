import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';
import type { AxeResults, RunOptions } from 'axe-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * axe's serious and critical violations on the page as it is now, one readable line each.
 *
 * axe runs in the page itself, injected once per page load and reused by every check on it.
 * @axe-core/playwright's legacy mode evaluated axe's 600 KB in the page twice per check and once
 * more in every frame (the sandbox, which axe cannot see into), about 1.4 s each time: on this
 * machine that was more than half of a lesson page's accessibility test. Its default mode loads
 * axe into a blank page as well, for every check.
 * `rules` limits the check to those axe rules (see `themeRules`); `except` leaves those out.
 */
export async function seriousViolations(page: Page, { rules, except }: { rules?: string[]; except?: string[] } = {}): Promise<string[]> {
  // Expressive Code makes a code block that overflows focusable (tabindex, role=region) from a
  // ResizeObserver, 250 ms and an idle callback after layout: a reader tabbing in finds it so,
  // axe right after load might not. Wait for the page's own script to have done it.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
  );
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(axeSource);
  const options: RunOptions = {
    resultTypes: ['violations'],
    // The only frame is the sandbox: it has no content of its own, and it is opaque to axe.
    iframes: false,
    ...(rules ? { runOnly: { type: 'rule', values: rules } } : {}),
    ...(except ? { rules: Object.fromEntries(except.map((id) => [id, { enabled: false }])) } : {}),
  };
  const violations = await page.evaluate(
    (options) =>
      (window as unknown as { axe: { run(context: Document, options: RunOptions): Promise<AxeResults> } }).axe
        .run(document, options)
        .then((results) => results.violations),
    options,
  );
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help}\n  ${violation.nodes
          .map((node) => node.target.join(' '))
          .slice(0, 5)
          .join('\n  ')}`,
    );
}

/**
 * The rules whose outcome can change with the colour theme. Switching Starlight's theme changes
 * `data-theme` and so the colours, never the page's elements, names or roles: after one full
 * check, the other theme needs only these (they were about 40% of a full check's time).
 */
export const themeRules = ['color-contrast', 'link-in-text-block'];

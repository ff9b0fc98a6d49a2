import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/**
 * axe's serious and critical violations on the page as it is now, one readable line each.
 *
 * Legacy mode runs `axe.run` in the page itself; the default mode also opens a blank page and
 * loads axe's 600 KB into it again for every check, which doubled the accessibility suite's time.
 * `rules` limits the check to those axe rules (see `themeRules`); `except` leaves those out.
 * The only frame is the sandbox: it has no content of its own, and it is opaque to axe.
 */
export async function seriousViolations(page: Page, { rules, except }: { rules?: string[]; except?: string[] } = {}): Promise<string[]> {
  // Expressive Code makes a code block that overflows focusable (tabindex, role=region) from a
  // ResizeObserver, 250 ms and an idle callback after layout: a reader tabbing in finds it so,
  // axe right after load might not. Wait for the page's own script to have done it.
  await page.waitForFunction(() =>
    [...document.querySelectorAll('.expressive-code pre')].every((pre) => pre.scrollWidth <= pre.clientWidth || pre.hasAttribute('tabindex')),
  );
  const builder = new AxeBuilder({ page }).setLegacyMode().options({ resultTypes: ['violations'], iframes: false });
  if (rules) builder.withRules(rules);
  if (except) builder.disableRules(except);
  const { violations } = await builder.analyze();
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
